package dev.facet.email.program;

/** Where one enablement email of an onboarding stands. */
public enum EnablementEmailStatus {
    /** Waiting for its day (or, on its day, for an ADMIN contact). */
    SCHEDULED,
    /** Queued in the outbox: the sender delivers it within seconds when an SMTP server is configured. */
    SENDING,
    /** The customer's mail server accepted it. */
    SENT,
    /** Refused for good (an address rejected, an unusable address); the TAM may fix it and send it again. */
    FAILED,
    /** The TAM chose not to send this one. */
    SKIPPED,
    /** Not sent because the TAM cancelled the rest, the CTA closed, or the account is public sector. */
    CANCELLED;

    /** The TAM may still edit, send, skip or cancel it. */
    public boolean unsent() {
        return this == SCHEDULED || this == FAILED;
    }
}
