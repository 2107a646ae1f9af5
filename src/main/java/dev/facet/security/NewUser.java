package dev.facet.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record NewUser(
        String username,
        String displayName,
        String email,
        String password,
        Set<Role> roles,
        @Nullable UUID managerId,
        String timeZone) {}
