package dev.facet.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan item with its template item's content, read in one statement for a whole plan. */
record PlanItemRow(
        UUID id,
        UUID planId,
        int position,
        PlanAudience audience,
        PlanMonth month,
        @Nullable UUID sectionId,
        @Nullable UUID criterionId,
        boolean certification,
        String title,
        String details,
        @Nullable LocalDate dueDate,
        PlanItemStatus status,
        @Nullable String note,
        @Nullable Instant closedAt,
        @Nullable UUID closedBy) {}
