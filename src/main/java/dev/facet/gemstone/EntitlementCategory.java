package dev.facet.gemstone;

/** The two columns of the handbook's entitlement tables. */
public enum EntitlementCategory {
    TECHNICAL_ACCOUNT_MANAGEMENT,
    IMPLEMENTATION
}
