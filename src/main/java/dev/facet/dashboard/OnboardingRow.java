package dev.facet.dashboard;

import dev.facet.account.Gemstone;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One onboarding (one ONBOARDING CTA) with its three metrics as of {@code today}: the measured days
 * (null while not reached), the state, and the days elapsed so far for the burn-down lists (since
 * the start for engagement and onboarding, since the original contract date for first value).
 */
public record OnboardingRow(
        UUID ctaId,
        UUID accountId,
        String accountName,
        @Nullable Gemstone gemstone,
        @Nullable Sentiment sentiment,
        boolean atRisk,
        UUID ownerId,
        String ownerName,
        CtaStatus status,
        LocalDate startDate,
        LocalDate dueDate,
        @Nullable LocalDate closedDate,
        LocalDate originalContractDate,
        @Nullable LocalDate firstEngagementDate,
        @Nullable LocalDate firstValueDate,
        @Nullable Integer engageDays,
        @Nullable Integer firstValueDays,
        @Nullable Integer onboardDays,
        MetricState engageState,
        MetricState firstValueState,
        MetricState onboardState,
        int daysSinceStart,
        int daysSinceContract) {

    public MetricState state(Metric metric) {
        return switch (metric) {
            case TIME_TO_ENGAGE -> engageState;
            case TIME_TO_FIRST_VALUE -> firstValueState;
            case TIME_TO_ONBOARD -> onboardState;
        };
    }

    public @Nullable Integer days(Metric metric) {
        return switch (metric) {
            case TIME_TO_ENGAGE -> engageDays;
            case TIME_TO_FIRST_VALUE -> firstValueDays;
            case TIME_TO_ONBOARD -> onboardDays;
        };
    }

    /** The days a burn-down list counts: how long the metric has been waiting to be reached. */
    public int elapsed(Metric metric) {
        return metric == Metric.TIME_TO_FIRST_VALUE ? daysSinceContract : daysSinceStart;
    }

    public boolean open() {
        return closedDate == null;
    }
}
