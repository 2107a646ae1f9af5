package dev.facet.security;

import java.util.UUID;

/** Just enough of a user to show and link their name. */
public record UserReference(UUID id, String username, String displayName) {}
