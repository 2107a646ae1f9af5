package dev.facet.gemstone;

/** An admin saved new gemstone thresholds; every account is to be reclassified. */
public record GemstoneThresholdsChanged(long version) {}
