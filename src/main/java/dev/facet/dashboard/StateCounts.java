package dev.facet.dashboard;

/**
 * How many onboardings of a scope are in each state of one metric; {@code overdueOpen} are the
 * overdue ones whose onboarding is still open, the metric's burn-down list.
 */
public record StateCounts(long met, long missed, long onTrack, long overdue, long overdueOpen) {

    public long count(MetricState state) {
        return switch (state) {
            case MET -> met;
            case MISSED -> missed;
            case ON_TRACK -> onTrack;
            case OVERDUE -> overdue;
        };
    }
}
