package dev.facet.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (or for an SMTP server to be configured). */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Rejected for good, or out of attempts; an admin may queue it again. */
    FAILED
}
