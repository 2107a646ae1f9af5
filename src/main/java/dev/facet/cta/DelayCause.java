package dev.facet.cta;

/** DOMAIN 8: who an onboarding delay comes from. */
public enum DelayCause {
    OUR_SIDE,
    CUSTOMER_SIDE;
}
