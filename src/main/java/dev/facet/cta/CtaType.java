package dev.facet.cta;

public enum CtaType {
    ONBOARDING,
    ASSIGN_TAM,
    RISK,
    EXPANSION,
    ACTIVITY;
}
