package dev.facet.team;

import dev.facet.security.UserReference;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan in a list: its people, start and status, each checklist's progress and the overdue items, the
 * days since the start (or to graduation), and for a running plan its {@link PlanPace}.
 */
public record PlanListRow(
        UUID id,
        UserReference newHire,
        UserReference manager,
        UserReference buddy,
        LocalDate startDate,
        PlanStatus status,
        ProgressCount newHireItems,
        ProgressCount managerItems,
        ProgressCount buddyItems,
        long overdue,
        long daysSinceStart,
        @Nullable LocalDate graduatedOn,
        @Nullable PlanPace pace) {

    /** Days from the start to graduation, for a graduated plan. */
    public @Nullable Long daysToGraduation() {
        return graduatedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(startDate, graduatedOn);
    }

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    public ProgressCount overall() {
        return new ProgressCount(
                newHireItems.closed() + managerItems.closed() + buddyItems.closed(),
                newHireItems.total() + managerItems.total() + buddyItems.total());
    }
}
