package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.EventReactions;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's outbox and home page with an SMTP server configured: failures, retry now, stuck reactions. */
@MailContextTest
class OutboxAdminTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserManagement users;

    @Autowired
    EventReactions reactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void aFailedMailShowsItsAttemptsAndIsQueuedAgainByRetryNow() throws Exception {
        String subject = TestData.unique("Refused");
        UUID id = failedMail(subject);
        RequestPostProcessor admin = SignedIn.as(TestData.user(users, Role.ADMIN));

        String list = mvc.perform(get("/admin/outbox").param("status", "FAILED").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(subject).contains("Failed").doesNotContain("No SMTP server is configured");
        String queued = mvc.perform(
                        get("/admin/outbox").param("status", "QUEUED").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(queued).doesNotContain(subject);
        String detail = mvc.perform(get("/admin/outbox/" + id).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail)
                .contains("550 5.1.1 No such mailbox here")
                .contains("Failed for good")
                .contains("Retry now");
        String home = mvc.perform(get("/admin").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains(messages.getMessage(
                        "admin.home.mail.failed", new Object[] {outbox.counts().failed()}, Locale.ENGLISH))
                .contains("/admin/outbox?status=FAILED");

        mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/outbox/" + id))
                .andExpect(flash().attribute("message", "mail.outbox.queuedAgain"));
        MailDetail again = outbox.detail(id);
        assertThat(again.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(again.attempts()).isZero();
        assertThat(again.attemptLog()).hasSize(1);

        mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).with(admin))
                .andExpect(flash().attribute("flashError", "mail.outbox.notFailed"));
        // Without its CSRF token nothing happens, and it is not called a permission problem.
        mvc.perform(post("/admin/outbox/" + id + "/retry").with(admin)).andExpect(redirectedUrl("/"));
        assertThat(outbox.detail(id).status()).isEqualTo(MailStatus.QUEUED);
    }

    @Test
    void theHomePageNamesReactionsThatDidNotComplete() throws Exception {
        UUID publication = UUID.randomUUID();
        // A reaction that failed ten minutes ago; the retry job ignores it here (retry-older-than PT1H).
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event,
                                                       publication_date, status, completion_attempts)
                        values (:id, 'test.listener', 'test.Event', '{}', now() - interval '10 minutes', 'FAILED', 1)""").param("id", publication).update();
        try {
            assertThat(reactions.incompleteOlderThan(Duration.ofMinutes(5)).failed())
                    .isPositive();
            String home = mvc.perform(get("/admin").with(SignedIn.as(TestData.user(users, Role.ADMIN))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var backlog = reactions.incompleteOlderThan(Duration.ofMinutes(5));
            assertThat(home)
                    .contains(messages.getMessage(
                            "admin.home.reactions.stuck",
                            new Object[] {backlog.incomplete(), 5, backlog.failed()},
                            Locale.ENGLISH));
        } finally {
            jdbc.sql("delete from event_publication where id = :id")
                    .param("id", publication)
                    .update();
        }
    }

    private UUID failedMail(String subject) throws Exception {
        UUID id = Objects.requireNonNull(transactions.execute(
                status -> outbox.enqueue(OutgoingMail.of("REFUSED", List.of("nobody@example.com"), subject, "Text"))));
        try (var rejecting = new RejectingSmtpServer()) {
            var server = new JavaMailSenderImpl();
            server.setHost("127.0.0.1");
            server.setPort(rejecting.port());
            sender.sendDueWith(server);
        }
        assertThat(outbox.detail(id).status()).isEqualTo(MailStatus.FAILED);
        return id;
    }
}
