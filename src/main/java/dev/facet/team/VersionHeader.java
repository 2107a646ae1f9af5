package dev.facet.team;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A template version with its template's name, read in one statement. */
record VersionHeader(
        UUID id,
        UUID templateId,
        String templateName,
        int version,
        Instant createdAt,
        @Nullable String createdBy) {}
