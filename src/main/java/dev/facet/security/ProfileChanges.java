package dev.facet.security;

/**
 * What signed-in users change about themselves: their time zone and whether they get the weekly
 * onboarding report; {@code version} is the one they saw, so a stale edit is refused.
 */
public record ProfileChanges(String timeZone, boolean weeklyReport, long version) {}
