package dev.facet.metrics;

import java.util.List;

/** The three metrics of one account or onboarding. */
public record TimeToValue(MetricResult timeToEngage, MetricResult timeToFirstValue, MetricResult timeToOnboard) {

    public List<MetricResult> all() {
        return List.of(timeToEngage, timeToFirstValue, timeToOnboard);
    }
}
