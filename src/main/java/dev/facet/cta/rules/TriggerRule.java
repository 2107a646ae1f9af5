package dev.facet.cta.rules;

/** The onboarding triggers of DOMAIN 3, each switchable and versioned by an admin. */
public enum TriggerRule {
    TAM_QUALIFYING_ARR,
    STAGE_FIVE,
    GEMSTONE,
    ONBOARDING_PILOT,
    BY_HAND;
}
