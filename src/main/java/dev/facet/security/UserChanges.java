package dev.facet.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record UserChanges(
        String displayName,
        String email,
        Set<Role> roles,
        @Nullable UUID managerId,
        String timeZone,
        long version) {}
