package dev.facet.account;

import java.util.UUID;

/** An account was flagged for the onboarding pilot (it was not before). */
public record OnboardingPilotFlagged(UUID accountId) {}
