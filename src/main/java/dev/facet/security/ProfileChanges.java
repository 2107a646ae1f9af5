package dev.facet.security;

/**
 * What signed-in users change about themselves: their time zone, whether they get the weekly
 * onboarding report and the daily reminder digests; {@code version} is the one they saw, so a stale
 * edit is refused.
 */
public record ProfileChanges(String timeZone, boolean weeklyReport, boolean dailyDigests, long version) {}
