package dev.facet.cta;

/**
 * Why a CTA exists. Onboarding and its ASSIGN_TAM item are for a NEW_CUSTOMER the first time, for an
 * EXISTING_CUSTOMER after an earlier onboarding closed; NON_ENGAGED is the triage item of a
 * customer-side delay.
 */
public enum CtaReason {
    NEW_CUSTOMER,
    EXISTING_CUSTOMER,
    NON_ENGAGED,
    EXPANSION_OPPORTUNITY,
    OTHER;
}
