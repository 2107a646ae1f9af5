package dev.facet.account;

/** DOMAIN 2. Computed by the gemstone module; the account stores the current one for lists and filters. */
public enum Gemstone {
    DIAMOND,
    PEARL,
    SAPPHIRE,
    RUBY,
    QUARTZ;
}
