package dev.facet.playbook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a template's version history; {@code createdBy} is empty for the seeded versions. */
public record PlaybookVersionSummary(
        UUID id,
        int version,
        int targetDays,
        Instant createdAt,
        @Nullable String createdBy) {}
