package dev.facet.email.program;

/** Why an email was skipped or cancelled instead of sent. */
public enum EnablementStopReason {
    /** The CTA's owner, the account's TAM or a manager skipped it or cancelled the rest. */
    BY_USER,
    /** The CTA was closed or deleted before the email went. */
    CTA_CLOSED,
    /** The account became public sector, which the program leaves out (DOMAIN 5). */
    PUBLIC_SECTOR
}
