package dev.facet.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of a plan with its content and state; {@code dueState} is where it stands on the day it was
 * read, in the reader's time zone. {@code criterionId} names the graduation criterion it counts toward.
 */
public record PlanItemView(
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
        @Nullable UUID closedBy,
        DueState dueState) {

    public boolean open() {
        return status == PlanItemStatus.OPEN;
    }

    public boolean overdue() {
        return dueState == DueState.OVERDUE;
    }
}
