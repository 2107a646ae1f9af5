package dev.facet.email;

/** Which set of enablement emails an account gets, after its onboarding playbook. */
public enum EmailVariant {
    SAAS,
    SELF_MANAGED
}
