package dev.facet.dashboard;

import java.time.YearMonth;
import java.util.Map;

/** The onboardings that started in one month, and how each metric went for them. */
public record Cohort(YearMonth month, long onboardings, Map<Metric, CohortMetric> metrics) {

    public CohortMetric metric(Metric metric) {
        return metrics.get(metric);
    }
}
