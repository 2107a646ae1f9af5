package dev.facet.cta;

public enum CtaType {
    ONBOARDING,
    ASSIGN_TAM,
    RISK,
    EXPANSION,
    ACTIVITY;

    /** How timeline notes, which are stored text, name the type. */
    public String label() {
        return switch (this) {
            case ONBOARDING -> "Onboarding";
            case ASSIGN_TAM -> "Assign TAM";
            case RISK -> "Risk";
            case EXPANSION -> "Expansion";
            case ACTIVITY -> "Activity";
        };
    }
}
