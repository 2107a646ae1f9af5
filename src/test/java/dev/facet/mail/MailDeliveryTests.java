package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails from the outbox to an SMTP server (GreenMail): delivery, rollback, retry, rejection. */
@MailContextTest
class MailDeliveryTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailQueuedInATransactionIsDeliveredWithTextHtmlCopyAndReplyTo() throws Exception {
        String subject = TestData.unique("Welcome aboard");
        UUID id = enqueue(OutgoingMail.of("WELCOME", List.of("Ana Lima <ana@example.com>"), subject, "Hello Ana")
                .withCc(List.of("bo@example.com"))
                .withReplyTo("team@example.com")
                .withHtml("<p>Hello <b>Ana</b></p>"));
        assertThat(outbox.detail(id).status()).isEqualTo(MailStatus.QUEUED);

        sender.sendDue();

        MailDetail sent = outbox.detail(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attemptLog()).extracting(MailAttemptView::outcome).containsExactly(AttemptOutcome.SENT);
        List<MimeMessage> received = received(subject);
        assertThat(received).as("one copy per recipient").hasSize(2);
        MimeMessage message = received.get(0);
        assertThat(message.getFrom()).containsExactly(new InternetAddress("Facet <facet@localhost>"));
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("ana@example.com");
        assertThat(to.getPersonal()).isEqualTo("Ana Lima");
        assertThat(message.getRecipients(Message.RecipientType.CC))
                .containsExactly(new InternetAddress("bo@example.com"));
        assertThat(message.getReplyTo()).containsExactly(new InternetAddress("team@example.com"));
        assertThat(message.getHeader(MailComposer.OUTBOX_ID_HEADER)).containsExactly(id.toString());
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Hello Ana");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>Ana</b>");
    }

    @Test
    void aTextOnlyMailIsOnePlainPart() throws Exception {
        String subject = TestData.unique("Plain");
        enqueue(OutgoingMail.of("PLAIN", List.of("ana@example.com"), subject, "Just text"));

        sender.sendDue();

        MimeMessage message = received(subject).get(0);
        assertThat(message.getContentType()).startsWith("text/plain");
        assertThat(((String) message.getContent()).strip()).isEqualTo("Just text");
    }

    @Test
    void aRolledBackChangeQueuesNoMail() {
        String kind = TestData.unique("ROLLBACK");
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(OutgoingMail.of(kind, List.of("ana@example.com"), "Never sent", "Text"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = ?")
                        .param(kind)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void queuingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.of("ALONE", List.of("ana@example.com"), "Hi", "Text")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aMailIsRetriedAfterTheSmtpServerWasDown() {
        greenMail.stop();
        String subject = TestData.unique("Retry me");
        UUID id = enqueue(OutgoingMail.of("RETRY", List.of("ana@example.com"), subject, "Text"));
        Instant beforeAttempt = Instant.now();

        sender.sendDue();

        MailDetail waiting = outbox.detail(id);
        assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt())
                .isBetween(
                        beforeAttempt.plus(Duration.ofSeconds(55)),
                        Instant.now().plus(Duration.ofSeconds(65)));
        assertThat(waiting.attemptLog()).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.RETRY);
            assertThat(attempt.error()).isNotBlank();
        });

        sender.sendDue();
        assertThat(outbox.detail(id).attempts()).as("not due yet").isEqualTo(1);

        greenMail.start();
        // The first retry delay has passed.
        jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = ?")
                .param(id)
                .update();
        sender.sendDue();

        MailDetail sent = outbox.detail(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.attemptLog())
                .extracting(MailAttemptView::outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.SENT);
        assertThat(received(subject)).hasSize(1);
    }

    @Test
    void aRecipientRefusedWithA5xxFailsTheMailAtOnce() throws Exception {
        UUID id = enqueue(OutgoingMail.of("REJECT", List.of("nobody@example.com"), TestData.unique("Bounce"), "T"));

        try (var rejecting = new RejectingSmtpServer()) {
            var server = new JavaMailSenderImpl();
            server.setHost("127.0.0.1");
            server.setPort(rejecting.port());
            sender.sendDueWith(server);
        }

        MailDetail failed = outbox.detail(id);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("550");
        assertThat(failed.attemptLog()).extracting(MailAttemptView::outcome).containsExactly(AttemptOutcome.REJECTED);

        outbox.queueAgain(id);
        sender.sendDue();
        assertThat(outbox.detail(id).status())
                .as("queued again, GreenMail takes it")
                .isEqualTo(MailStatus.SENT);
    }

    private UUID enqueue(OutgoingMail mail) {
        return Objects.requireNonNull(transactions.execute(status -> outbox.enqueue(mail)));
    }

    private static List<MimeMessage> received(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
