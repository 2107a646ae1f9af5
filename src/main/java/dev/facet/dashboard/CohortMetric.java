package dev.facet.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * One metric in one start-month cohort. The share meeting the goal counts only decided onboardings:
 * {@code met / (met + missed + overdue)}; those still on track are left out until their outcome is
 * known. The median is over the days of those that reached the metric (null when none has).
 */
public record CohortMetric(
        long met,
        long missed,
        long onTrack,
        long overdue,
        @Nullable Double medianDays) {

    public long decided() {
        return met + missed + overdue;
    }

    /** Percent of decided onboardings that met the goal, or null when none is decided yet. */
    public @Nullable Double sharePercent() {
        long decided = decided();
        return decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
    }

    public long count(MetricState state) {
        return switch (state) {
            case MET -> met;
            case MISSED -> missed;
            case ON_TRACK -> onTrack;
            case OVERDUE -> overdue;
        };
    }
}
