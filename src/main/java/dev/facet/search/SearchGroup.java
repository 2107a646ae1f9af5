package dev.facet.search;

/** The groups of the global search, in the order the results show them. */
public enum SearchGroup {
    ACCOUNTS,
    CONTACTS,
    CTAS
}
