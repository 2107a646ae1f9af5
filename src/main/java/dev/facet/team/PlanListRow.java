package dev.facet.team;

import dev.facet.security.UserReference;
import java.time.LocalDate;
import java.util.UUID;

/** A plan in a list: its people, start and status, each checklist's progress and the overdue items. */
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
        long overdue) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    public ProgressCount overall() {
        return new ProgressCount(
                newHireItems.closed() + managerItems.closed() + buddyItems.closed(),
                newHireItems.total() + managerItems.total() + buddyItems.total());
    }
}
