package dev.facet.account;

/** DOMAIN 1. Bronze, Silver and Gold are the legacy names of Starter, Premium and Ultimate. */
public enum ProductTier {
    FREE,
    STARTER,
    BRONZE,
    PREMIUM,
    SILVER,
    ULTIMATE,
    GOLD;

    /** Ultimate, or its legacy name Gold. */
    public boolean isTopTier() {
        return this == ULTIMATE || this == GOLD;
    }

    /** Premium or Ultimate, under either name. */
    public boolean isPremiumOrAbove() {
        return isTopTier() || this == PREMIUM || this == SILVER;
    }
}
