package dev.facet.metrics;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row read from the onboarding_time_to_value view (or an account without onboarding). */
record OnboardingDates(
        UUID accountId,
        LocalDate originalContractDate,
        @Nullable LocalDate firstValueDate,
        @Nullable UUID ctaId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate closedDate,
        @Nullable LocalDate firstEngagementDate) {

    TimeToValueFacts facts() {
        return new TimeToValueFacts(originalContractDate, firstValueDate, startDate, closedDate, firstEngagementDate);
    }
}
