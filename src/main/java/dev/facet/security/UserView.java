package dev.facet.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user as other modules and pages see it (never the password hash). */
public record UserView(
        UUID id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        @Nullable UUID managerId,
        String timeZone,
        boolean active,
        long version) {}
