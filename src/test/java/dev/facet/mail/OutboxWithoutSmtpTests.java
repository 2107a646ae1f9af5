package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared test context has no SMTP server (no {@code spring.mail.host}): mails stay queued, nothing
 * is lost, and the admin sees why on the outbox and home pages.
 */
@ApplicationTest
class OutboxWithoutSmtpTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void mailsWaitAndTheOutboxSaysNoSmtpServerIsConfigured() throws Exception {
        String subject = TestData.unique("Waiting for SMTP");
        UUID id = Objects.requireNonNull(transactions.execute(
                status -> outbox.enqueue(OutgoingMail.of("NO_SMTP", List.of("ana@example.com"), subject, "Text"))));

        sender.sendDue();

        MailDetail waiting = outbox.detail(id);
        assertThat(outbox.smtpConfigured()).isFalse();
        assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.attemptLog()).isEmpty();

        var admin = SignedIn.as(TestData.user(users, Role.ADMIN));
        String list = mvc.perform(get("/admin/outbox").param("status", "QUEUED").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains(subject)
                .contains("Not sent: no SMTP server configured")
                .contains("No SMTP server is configured");
        String detail = mvc.perform(get("/admin/outbox/" + id).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).contains(subject).contains("Not sent: no SMTP server configured");
        String home = mvc.perform(get("/admin").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains(messages.getMessage(
                        "admin.home.mail.noSmtp", new Object[] {outbox.counts().queued()}, Locale.ENGLISH))
                .contains("/admin/outbox?status=QUEUED");
    }

    @Test
    void onlyAdminsSeeTheOutbox() throws Exception {
        mvc.perform(get("/admin/outbox").with(SignedIn.as(TestData.user(users, Role.MANAGER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/admin/outbox/" + UUID.randomUUID()).with(SignedIn.as(TestData.user(users, Role.ADMIN))))
                .andExpect(status().isNotFound());
    }
}
