package dev.facet.metrics;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of an account, measured on its latest onboarding CTA (by start date) or on the given
 * one; {@code ctaId} and {@code onboardingStart} are null when the account never had an onboarding.
 */
public record AccountTimeToValue(
        UUID accountId,
        @Nullable UUID ctaId,
        @Nullable LocalDate onboardingStart,
        @Nullable LocalDate onboardingClosed,
        LocalDate originalContractDate,
        @Nullable LocalDate firstValueDate,
        @Nullable LocalDate firstEngagement,
        TimeToValue metrics,
        LocalDate asOf) {

    public boolean hasOnboarding() {
        return ctaId != null;
    }
}
