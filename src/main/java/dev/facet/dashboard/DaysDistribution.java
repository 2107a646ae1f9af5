package dev.facet.dashboard;

import java.util.Map;

/** Per metric, how many onboardings of the scope reached it within each range of days. */
public record DaysDistribution(Map<Metric, Map<DaysBucket, Long>> counts) {

    public long count(Metric metric, DaysBucket bucket) {
        return counts.get(metric).getOrDefault(bucket, 0L);
    }
}
