package dev.facet.team;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the template's version history; {@code createdBy} is empty for the seeded version. */
public record TemplateVersionSummary(
        UUID id, int version, Instant createdAt, @Nullable String createdBy) {}
