package dev.facet.dashboard;

import dev.facet.account.Gemstone;
import dev.facet.account.Sentiment;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open onboarding on a TAM's dashboard: "day N of M" counts the start date as day 1 and M is the
 * CTA's span from start to due date (as the cockpit shows it), with the next open task and the three
 * metrics' states. {@code snoozedUntil} is set only while the CTA sleeps.
 */
public record MyOnboarding(
        UUID ctaId,
        UUID accountId,
        String accountName,
        @Nullable Gemstone gemstone,
        @Nullable Sentiment sentiment,
        LocalDate startDate,
        LocalDate dueDate,
        long dayNumber,
        long totalDays,
        @Nullable UUID nextTaskId,
        @Nullable String nextTaskTitle,
        @Nullable LocalDate nextTaskDue,
        MetricState engageState,
        MetricState firstValueState,
        MetricState onboardState,
        @Nullable LocalDate snoozedUntil) {

    public MetricState state(Metric metric) {
        return switch (metric) {
            case TIME_TO_ENGAGE -> engageState;
            case TIME_TO_FIRST_VALUE -> firstValueState;
            case TIME_TO_ONBOARD -> onboardState;
        };
    }
}
