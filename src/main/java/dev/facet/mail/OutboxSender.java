package dev.facet.mail;

import dev.facet.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the due mails of the outbox, every few seconds, on one instance of the cluster at a time.
 * Each batch is one transaction: its mails are locked, sent one by one, and their new state and
 * attempts committed together. A crash after the SMTP server accepted a mail but before the commit
 * sends that mail again on the next run: delivery is at least once, never lost.
 *
 * <p>Without an SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) it does
 * nothing: the mails stay queued, with no attempt counted, until a server is configured.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** Bounds one run, so it ends well within its lock even with a large backlog. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final OutboxMailRepository mails;
    private final MailAttemptRepository attempts;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final MailRetryPolicy retryPolicy;

    OutboxSender(
            OutboxMailRepository mails,
            MailAttemptRepository attempts,
            ObjectProvider<JavaMailSender> smtp,
            TransactionTemplate transactions,
            Clock clock,
            MailSettings settings) {
        this.mails = mails;
        this.attempts = attempts;
        this.smtp = smtp;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.retryPolicy = settings.retryPolicy();
    }

    @Scheduled(
            fixedDelayString = "${facet.mail.send-interval:PT15S}",
            initialDelayString = "${facet.mail.send-initial-delay:PT30S}")
    @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "PT15M")
    void sendDue() {
        JavaMailSender server = smtp.getIfAvailable();
        if (server == null) {
            log.debug("No SMTP server configured (spring.mail.host): queued mails wait");
            return;
        }
        sendDueWith(server);
    }

    /** Sends the due mails through {@code server}, batch after batch, until none is left or the run's bound. */
    void sendDueWith(JavaMailSender server) {
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int taken = Objects.requireNonNull(transactions.execute(status -> sendBatch(server)));
            if (taken < batchSize) {
                return;
            }
        }
    }

    private int sendBatch(JavaMailSender server) {
        List<OutboxMail> due = mails.lockDue(clock.instant(), batchSize);
        due.forEach(mail -> deliver(server, mail));
        return due.size();
    }

    private void deliver(JavaMailSender server, OutboxMail mail) {
        Instant now = clock.instant();
        try {
            server.send(MailComposer.compose(server.createMimeMessage(), mail, now));
            mail.sent(now);
            attempts.save(new MailAttempt(mail.id(), now, AttemptOutcome.SENT, null));
            log.debug("Sent mail {}", mail.id());
        } catch (Exception e) {
            // Any failure is recorded on the mail, never thrown: one bad mail must not block the others.
            boolean permanent = e instanceof InvalidInputException || SmtpFailure.isPermanent(e);
            String error = SmtpFailure.describe(e);
            AttemptOutcome outcome = mail.failed(now, error, permanent, retryPolicy);
            attempts.save(new MailAttempt(mail.id(), now, outcome, error));
            log.warn(
                    "Mail {} not sent ({}, attempt {}): {}",
                    mail.id(),
                    outcome,
                    mail.attempts(),
                    e.getClass().getSimpleName());
        }
    }
}
