package dev.facet.metrics;

/** The goal in days of each metric (DOMAIN 7 defaults: 14, 30, 45; admin data). */
public record MetricGoals(int timeToEngage, int timeToFirstValue, int timeToOnboard) {

    public int of(TimeToValueMetric metric) {
        return switch (metric) {
            case TIME_TO_ENGAGE -> timeToEngage;
            case TIME_TO_FIRST_VALUE -> timeToFirstValue;
            case TIME_TO_ONBOARD -> timeToOnboard;
        };
    }
}
