package dev.facet.metrics;

import org.jspecify.annotations.Nullable;

/**
 * One metric of one account: {@code days} once reached (null before); {@code elapsedDays} the days
 * counted so far (the measured days once reached; null when not started); the goal; the state.
 */
public record MetricResult(
        TimeToValueMetric metric,
        @Nullable Long days,
        @Nullable Long elapsedDays,
        int goal,
        MetricState state) {

    static MetricResult notStarted(TimeToValueMetric metric, int goal) {
        return new MetricResult(metric, null, null, goal, MetricState.NOT_STARTED);
    }
}
