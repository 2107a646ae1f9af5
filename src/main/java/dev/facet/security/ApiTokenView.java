package dev.facet.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as the admin page lists it: its prefix identifies it, the value is never shown again. */
public record ApiTokenView(
        UUID id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
