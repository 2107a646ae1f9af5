package dev.facet.account;

/** How an account's First Value Date was set (DOMAIN 7). */
public enum FirstValueSource {
    /** The earliest cloud-license reading at or above the threshold. */
    CLOUD_LICENSE,
    /** Entered by the TAM or a manager, for an account without cloud-license data. */
    MANUAL
}
