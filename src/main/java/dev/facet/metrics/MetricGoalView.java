package dev.facet.metrics;

import java.time.Instant;

/** A metric's goal as the admin page shows it, with the version an edit is based on. */
public record MetricGoalView(TimeToValueMetric metric, int goalDays, Instant updatedAt, long version) {}
