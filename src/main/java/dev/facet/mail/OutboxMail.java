package dev.facet.mail;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One mail of the outbox, from the moment it is queued until it is sent or fails for good. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    private static final int MAX_ERROR = 2000;

    @Id
    private UUID id;

    private String kind;

    private String fromAddress;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> toAddresses;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> ccAddresses;

    private @Nullable String replyTo;
    private String subject;
    private String textBody;
    private @Nullable String htmlBody;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    @Version
    private @Nullable Long version;

    protected OutboxMail() {}

    OutboxMail(OutgoingMail mail, String defaultFrom, Instant now) {
        this.id = Ids.newId();
        this.kind = mail.kind();
        String from = mail.from();
        this.fromAddress = from != null ? from : defaultFrom;
        this.toAddresses = mail.to();
        this.ccAddresses = mail.cc();
        this.replyTo = mail.replyTo();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * A failed attempt: a permanent failure, or the last allowed attempt, fails the mail; otherwise
     * it waits for the policy's next attempt.
     */
    AttemptOutcome failed(Instant now, String error, boolean permanent, MailRetryPolicy policy) {
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Optional<Instant> next = permanent ? Optional.empty() : policy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
            return AttemptOutcome.RETRY;
        }
        status = MailStatus.FAILED;
        return AttemptOutcome.REJECTED;
    }

    /**
     * An admin queues a failed mail again: it gets a fresh set of attempts (the earlier ones stay in
     * the attempt log) and is due at once.
     */
    void queueAgain(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a failed mail is queued again");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    UUID id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String from() {
        return fromAddress;
    }

    List<String> to() {
        return toAddresses;
    }

    List<String> cc() {
        return ccAddresses;
    }

    @Nullable
    String replyTo() {
        return replyTo;
    }

    String subject() {
        return subject;
    }

    String textBody() {
        return textBody;
    }

    @Nullable
    String htmlBody() {
        return htmlBody;
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }
}
