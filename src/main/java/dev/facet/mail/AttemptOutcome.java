package dev.facet.mail;

/** What one delivery attempt came to. */
public enum AttemptOutcome {
    /** The SMTP server accepted the mail. */
    SENT,
    /** A temporary failure (server down, 4xx): the mail is tried again later. */
    RETRY,
    /** A permanent failure (5xx, an address refused, out of attempts): the mail is FAILED. */
    REJECTED
}
