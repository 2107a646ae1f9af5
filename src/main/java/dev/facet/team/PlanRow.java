package dev.facet.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan with its template version number, read in one statement. */
record PlanRow(
        UUID id,
        UUID newHireId,
        UUID managerId,
        UUID buddyId,
        LocalDate startDate,
        PlanStatus status,
        UUID templateVersionId,
        int templateVersion,
        Instant startedAt,
        @Nullable Long version,
        @Nullable LocalDate graduatedOn,
        @Nullable UUID graduatedBy,
        @Nullable String graduationNote) {}
