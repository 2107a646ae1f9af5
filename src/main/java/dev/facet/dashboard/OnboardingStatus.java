package dev.facet.dashboard;

/** Which onboardings of the scope a list shows, by the state of their onboarding CTA. */
public enum OnboardingStatus {
    OPEN,
    CLOSED,
    /** Open onboardings of accounts flagged at risk. */
    AT_RISK
}
