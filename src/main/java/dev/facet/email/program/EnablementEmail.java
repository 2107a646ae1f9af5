package dev.facet.email.program;

import dev.facet.email.EmailVariant;
import dev.facet.email.TemplateText;
import dev.facet.shared.ConflictException;
import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One of the five enablement emails of an onboarding CTA. Its text is the admin's template unless the
 * TAM edited it; either way it stays template text with tokens until it is queued, so it is rendered
 * with the TAM and the contacts of that moment.
 */
@Entity
@Table(name = "enablement_email")
class EnablementEmail {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 20_000;
    private static final int MAX_ERROR = 2000;
    private static final Duration RECHECK_AT_LEAST_EVERY = Duration.ofHours(1);

    @Id
    private UUID id;

    private UUID ctaId;
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private EmailVariant variant;

    private int number;
    private LocalDate scheduledOn;

    @Enumerated(EnumType.STRING)
    private EnablementEmailStatus status;

    private @Nullable Instant waitingSince;

    /**
     * Found not due yet: the job looks at it again from then on (see {@link #notDueUntil}). The job's
     * note to itself, not an edit: it leaves the version alone, so a TAM editing the email meanwhile
     * gets no false "changed by someone else".
     */
    @OptimisticLock(excluded = true)
    private @Nullable Instant notBefore;

    private @Nullable String subjectOverride;
    private @Nullable String bodyOverride;
    private @Nullable UUID editedBy;
    private @Nullable Instant editedAt;
    private @Nullable UUID mailId;
    private @Nullable UUID signedBy;
    private @Nullable String sentSubject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private @Nullable List<String> sentTo;

    private @Nullable Instant queuedAt;
    private @Nullable Instant sentAt;
    private @Nullable String error;
    private @Nullable UUID stoppedBy;
    private @Nullable Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable EnablementStopReason stopReason;

    @Version
    private @Nullable Long version;

    protected EnablementEmail() {}

    EnablementEmail(UUID ctaId, UUID accountId, EmailVariant variant, int number, LocalDate scheduledOn) {
        this.id = Ids.newId();
        this.ctaId = ctaId;
        this.accountId = accountId;
        this.variant = variant;
        this.number = number;
        this.scheduledOn = scheduledOn;
        this.status = EnablementEmailStatus.SCHEDULED;
    }

    /**
     * The TAM's own subject and body, as template text. Text equal to the admin's template is kept as
     * "not edited", so a later improvement of the template still reaches this email.
     */
    void edit(String subject, String body, String templateSubject, String templateBody, UUID editor, Instant now) {
        requireUnsent();
        String cleanSubject = subject.strip();
        String cleanBody = body.strip();
        if (cleanSubject.isEmpty()) {
            throw new InvalidInputException("subject", "enablement.edit.subject.required", "Write a subject");
        }
        if (cleanSubject.indexOf('\r') >= 0 || cleanSubject.indexOf('\n') >= 0) {
            throw new InvalidInputException("subject", "mail.header.lineBreak", "A line break in the subject");
        }
        if (cleanSubject.length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "enablement.edit.subject.tooLong", "The subject is too long");
        }
        if (cleanBody.isEmpty()) {
            throw new InvalidInputException("body", "enablement.edit.body.required", "Write the email");
        }
        if (cleanBody.length() > MAX_BODY) {
            throw new InvalidInputException("body", "enablement.edit.body.tooLong", "The email is too long");
        }
        TemplateText.validate("subject", cleanSubject);
        TemplateText.validate("body", cleanBody);
        this.subjectOverride = cleanSubject.equals(templateSubject.strip()) ? null : cleanSubject;
        this.bodyOverride = cleanBody.equals(templateBody.strip()) ? null : cleanBody;
        this.editedBy = editor;
        this.editedAt = now;
    }

    /** Its mail is in the outbox, written in this same transaction. */
    void queued(UUID mail, UUID signer, String subject, List<String> to, Instant now) {
        requireUnsent();
        this.status = EnablementEmailStatus.SENDING;
        this.mailId = mail;
        this.signedBy = signer;
        this.sentSubject = subject;
        this.sentTo = List.copyOf(to);
        this.queuedAt = now;
        this.waitingSince = null;
        this.error = null;
    }

    /**
     * The outbox delivered its mail; also after a failure, when an admin queued the mail again.
     *
     * @return false when it was marked sent already (a replayed event)
     */
    boolean delivered(UUID mail, Instant at) {
        boolean ours = mail.equals(mailId);
        if (!ours || status == EnablementEmailStatus.SENT) {
            return false;
        }
        if (status != EnablementEmailStatus.SENDING && status != EnablementEmailStatus.FAILED) {
            return false;
        }
        this.status = EnablementEmailStatus.SENT;
        this.sentAt = at;
        this.error = null;
        return true;
    }

    /** The outbox gave up on its mail; a replay, or news of an older mail, changes nothing. */
    void deliveryFailed(UUID mail, String reason) {
        if (status == EnablementEmailStatus.SENDING && mail.equals(mailId)) {
            fail(reason);
        }
    }

    /** It cannot be sent as it stands (an address that is not one); the TAM sees why. */
    void fail(String reason) {
        this.status = EnablementEmailStatus.FAILED;
        this.error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        this.waitingSince = null;
    }

    /**
     * Its day has not begun in its signer's zone: the job skips it until {@code dayStarts}, or for an
     * hour at most, so that a new signer or a changed time zone is seen within the hour.
     */
    void notDueUntil(Instant dayStarts, Instant now) {
        Instant hourLater = now.plus(RECHECK_AT_LEAST_EVERY);
        this.notBefore = dayStarts.isBefore(hourLater) ? dayStarts : hourLater;
    }

    /** @return true when it starts waiting now, false when it was waiting already */
    boolean waitForContact(Instant now) {
        if (waitingSince != null) {
            return false;
        }
        this.waitingSince = now;
        return true;
    }

    /** An ADMIN contact exists now: the next run of the job takes it. */
    void contactAvailable() {
        this.waitingSince = null;
    }

    void skip(UUID by, Instant now) {
        stop(EnablementEmailStatus.SKIPPED, EnablementStopReason.BY_USER, by, now);
    }

    void cancel(EnablementStopReason reason, @Nullable UUID by, Instant now) {
        stop(EnablementEmailStatus.CANCELLED, reason, by, now);
    }

    /** A person skipped or cancelled it: they may take that back while its day has not passed. */
    boolean restorable(LocalDate today) {
        return (status == EnablementEmailStatus.SKIPPED || status == EnablementEmailStatus.CANCELLED)
                && stopReason == EnablementStopReason.BY_USER
                && !scheduledOn.isBefore(today);
    }

    /** Back on the schedule as it was; on its day the next run of the job sends it. */
    void restore(LocalDate today) {
        if (!restorable(today)) {
            throw new ConflictException("status", "Email " + number + " cannot be restored");
        }
        this.status = EnablementEmailStatus.SCHEDULED;
        this.stopReason = null;
        this.stoppedBy = null;
        this.stoppedAt = null;
    }

    private void stop(EnablementEmailStatus outcome, EnablementStopReason reason, @Nullable UUID by, Instant now) {
        requireUnsent();
        this.status = outcome;
        this.stopReason = reason;
        this.stoppedBy = by;
        this.stoppedAt = now;
        this.waitingSince = null;
    }

    private void requireUnsent() {
        if (!status.unsent()) {
            throw new ConflictException("status", "Email " + number + " is " + status + " already");
        }
    }

    /** The subject to render: the TAM's if they edited it, else the template's. */
    String subjectFrom(String templateSubject) {
        return subjectOverride != null ? subjectOverride : templateSubject;
    }

    String bodyFrom(String templateBody) {
        return bodyOverride != null ? bodyOverride : templateBody;
    }

    boolean edited() {
        return subjectOverride != null || bodyOverride != null;
    }

    UUID id() {
        return id;
    }

    UUID ctaId() {
        return ctaId;
    }

    UUID accountId() {
        return accountId;
    }

    EmailVariant variant() {
        return variant;
    }

    int number() {
        return number;
    }

    LocalDate scheduledOn() {
        return scheduledOn;
    }

    EnablementEmailStatus status() {
        return status;
    }

    @Nullable
    Instant waitingSince() {
        return waitingSince;
    }

    @Nullable
    UUID editedBy() {
        return editedBy;
    }

    @Nullable
    Instant editedAt() {
        return editedAt;
    }

    @Nullable
    UUID mailId() {
        return mailId;
    }

    @Nullable
    UUID signedBy() {
        return signedBy;
    }

    @Nullable
    String sentSubject() {
        return sentSubject;
    }

    List<String> sentTo() {
        return sentTo == null ? List.of() : sentTo;
    }

    @Nullable
    Instant queuedAt() {
        return queuedAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    String error() {
        return error;
    }

    @Nullable
    UUID stoppedBy() {
        return stoppedBy;
    }

    @Nullable
    Instant stoppedAt() {
        return stoppedAt;
    }

    @Nullable
    EnablementStopReason stopReason() {
        return stopReason;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
