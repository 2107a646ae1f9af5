package dev.facet.metrics;

/** Where a metric stands against its goal (DOMAIN 7). */
public enum MetricState {
    /** Reached within the goal. */
    MET,
    /** Reached, but after the goal. */
    MISSED,
    /** Not reached yet, still within the goal. */
    ON_TRACK,
    /** Not reached yet and past the goal. */
    OVERDUE,
    /** Not measurable yet: the account has had no onboarding CTA. */
    NOT_STARTED;

    public boolean reached() {
        return this == MET || this == MISSED;
    }
}
