package dev.facet.gemstone;

/** The thresholds as the admin page edits them, with the version that detects a stale edit. */
public record ThresholdSettings(GemstoneThresholds thresholds, long version) {}
