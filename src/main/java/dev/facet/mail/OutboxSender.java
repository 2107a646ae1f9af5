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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the due mails of the outbox, every few seconds, on one instance of the cluster at a time.
 * Each mail is its own transaction: it is locked, sent, and its new state, its attempt and the event
 * that tells its sender ({@link MailSent}, {@link MailFailed}) committed together. A crash after the
 * SMTP server accepted a mail but before that commit sends this one mail again on the next run:
 * delivery is at least once, never lost, and the window for a duplicate is one mail's commit wide.
 *
 * <p>Without an SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) it does
 * nothing: the mails stay queued, with no attempt counted, until a server is configured.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** With the batch size, bounds one run, so it ends well within its lock even with a large backlog. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final OutboxMailRepository mails;
    private final MailAttemptRepository attempts;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final MailRetryPolicy retryPolicy;
    private final ApplicationEventPublisher events;

    OutboxSender(
            OutboxMailRepository mails,
            MailAttemptRepository attempts,
            ObjectProvider<JavaMailSender> smtp,
            TransactionTemplate transactions,
            Clock clock,
            MailSettings settings,
            ApplicationEventPublisher events) {
        this.mails = mails;
        this.attempts = attempts;
        this.smtp = smtp;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.retryPolicy = settings.retryPolicy();
        this.events = events;
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

    /** Sends the due mails through {@code server}, one transaction each, until none is left or the run's bound. */
    void sendDueWith(JavaMailSender server) {
        int bound = batchSize * MAX_BATCHES_PER_RUN;
        for (int sent = 0; sent < bound; sent++) {
            boolean took = Objects.requireNonNull(transactions.execute(status -> sendNext(server)));
            if (!took) {
                return;
            }
        }
    }

    private boolean sendNext(JavaMailSender server) {
        List<OutboxMail> due = mails.lockDue(clock.instant(), 1);
        due.forEach(mail -> deliver(server, mail));
        return !due.isEmpty();
    }

    private void deliver(JavaMailSender server, OutboxMail mail) {
        Instant now = clock.instant();
        try {
            server.send(MailComposer.compose(server.createMimeMessage(), mail, now));
            mail.sent(now);
            attempts.save(new MailAttempt(mail.id(), now, AttemptOutcome.SENT, null));
            events.publishEvent(new MailSent(mail.id(), mail.kind(), now));
            log.debug("Sent mail {}", mail.id());
        } catch (Exception e) {
            // Any failure is recorded on the mail, never thrown: one bad mail must not block the others.
            boolean permanent = e instanceof InvalidInputException || SmtpFailure.isPermanent(e);
            String error = SmtpFailure.describe(e);
            AttemptOutcome outcome = mail.failed(now, error, permanent, retryPolicy);
            attempts.save(new MailAttempt(mail.id(), now, outcome, error));
            if (outcome == AttemptOutcome.REJECTED) {
                events.publishEvent(new MailFailed(mail.id(), mail.kind(), error));
            }
            log.warn(
                    "Mail {} not sent ({}, attempt {}): {}",
                    mail.id(),
                    outcome,
                    mail.attempts(),
                    e.getClass().getSimpleName());
        }
    }
}
