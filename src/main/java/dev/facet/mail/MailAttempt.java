package dev.facet.mail;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One delivery attempt of a mail, kept for the admin's outbox page; never changed once written. */
@Entity
@Table(name = "mail_attempt")
class MailAttempt {

    @Id
    private UUID id;

    private UUID mailId;
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    private AttemptOutcome outcome;

    private @Nullable String error;

    protected MailAttempt() {}

    MailAttempt(UUID mailId, Instant attemptedAt, AttemptOutcome outcome, @Nullable String error) {
        this.id = Ids.newId();
        this.mailId = mailId;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.error = error != null && error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    MailAttemptView view() {
        return new MailAttemptView(attemptedAt, outcome, error);
    }
}
