package dev.facet.security;

/** How many users can sign in, are deactivated, and are locked out after failed logins right now. */
public record UserCounts(long active, long deactivated, long locked) {}
