package dev.facet.account;

public enum LifecycleStage {
    PROSPECT,
    ONBOARDING,
    ADOPTION,
    EXPANSION,
    RENEWAL;
}
