package dev.facet.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * Which onboardings of the scope a list shows: those whose {@code metric} is in {@code state}
 * and/or whose measured days lie in {@code daysFrom..daysTo} (both inclusive), with the given
 * status. Every part is optional; an empty selection is the whole scope.
 */
public record OnboardingSelection(
        @Nullable Metric metric,
        @Nullable MetricState state,
        @Nullable OnboardingStatus status,
        @Nullable Integer daysFrom,
        @Nullable Integer daysTo) {

    public static OnboardingSelection all() {
        return new OnboardingSelection(null, null, null, null, null);
    }
}
