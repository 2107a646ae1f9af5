package dev.facet.dashboard;

/**
 * DOMAIN 7: reached within the goal ({@code MET}) or after it ({@code MISSED}); not reached yet and
 * still within the goal ({@code ON_TRACK}) or past it ({@code OVERDUE}).
 */
public enum MetricState {
    MET,
    MISSED,
    ON_TRACK,
    OVERDUE;

    /** Whether the outcome is known: met, missed, or already too late to be met. */
    public boolean decided() {
        return this != ON_TRACK;
    }
}
