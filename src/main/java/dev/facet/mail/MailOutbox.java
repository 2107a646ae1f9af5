package dev.facet.mail;

import dev.facet.shared.ConflictException;
import dev.facet.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox: queue a mail with the change that causes it; admins list, inspect and requeue mails. */
@Service
@Transactional
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final MailAttemptRepository attempts;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> smtp;

    MailOutbox(
            OutboxMailRepository mails,
            MailAttemptRepository attempts,
            MailSettings settings,
            Clock clock,
            ObjectProvider<JavaMailSender> smtp) {
        this.mails = mails;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
        this.smtp = smtp;
    }

    /**
     * Queues a mail in the caller's transaction, which must exist ({@code MANDATORY}): the mail is
     * written with the change that causes it, so a rolled-back change sends nothing and a committed
     * one cannot lose its mail. The scheduled sender delivers it after the commit.
     *
     * @return the mail's id in the outbox
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        return mails.save(new OutboxMail(mail, settings.from(), clock.instant()))
                .id();
    }

    /** Newest first; all mails, or those with {@code status}. */
    @Transactional(readOnly = true)
    public Page<MailSummary> list(@Nullable MailStatus status, Pageable pageable) {
        return status == null ? mails.summaries(pageable) : mails.summaries(status, pageable);
    }

    @Transactional(readOnly = true)
    public MailDetail detail(UUID id) {
        OutboxMail mail = load(id);
        return new MailDetail(
                mail.id(),
                mail.kind(),
                mail.from(),
                mail.to(),
                mail.cc(),
                mail.replyTo(),
                mail.subject(),
                mail.textBody(),
                mail.htmlBody(),
                mail.status(),
                mail.attempts(),
                mail.nextAttemptAt(),
                mail.lastError(),
                mail.createdAt(),
                mail.sentAt(),
                attempts.findByMail(id).stream().map(MailAttempt::view).toList());
    }

    @Transactional(readOnly = true)
    public OutboxCounts counts() {
        Instant since = clock.instant().minus(Duration.ofDays(1));
        OutboxMailRepository.StatusCounts counts = mails.counts(since);
        return new OutboxCounts(
                counts.getQueued(), counts.getRetrying(), counts.getFailed(), counts.getSent(), smtpConfigured());
    }

    /** A FAILED mail goes back to the queue, due at once, with a fresh set of attempts. */
    public void queueAgain(UUID id) {
        OutboxMail mail = load(id);
        if (mail.status() != MailStatus.FAILED) {
            throw new ConflictException("status", "Only a failed mail can be queued again");
        }
        mail.queueAgain(clock.instant());
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one, mails wait. */
    public boolean smtpConfigured() {
        return smtp.getIfAvailable() != null;
    }

    private OutboxMail load(UUID id) {
        return mails.findById(id).orElseThrow(() -> new NotFoundException("Mail", id));
    }
}
