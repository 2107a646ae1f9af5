package dev.facet.metrics;

/** An admin's new goal for one metric, based on the version they saw. */
public record GoalChange(TimeToValueMetric metric, int goalDays, long basedOnVersion) {}
