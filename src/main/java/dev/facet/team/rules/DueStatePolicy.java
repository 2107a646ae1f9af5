package dev.facet.team.rules;

import dev.facet.team.DueState;
import dev.facet.team.PlanItemStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * Where an item stands on a day: overdue once its due date has passed, due this week from today to
 * Sunday (weeks run Monday to Sunday, as ISO weeks do), later after that. Closed items are never due.
 */
public final class DueStatePolicy {

    private DueStatePolicy() {}

    public static DueState of(PlanItemStatus status, @Nullable LocalDate dueDate, LocalDate today) {
        if (status.closed()) {
            return DueState.CLOSED;
        }
        if (dueDate == null) {
            return DueState.ONGOING;
        }
        if (dueDate.isBefore(today)) {
            return DueState.OVERDUE;
        }
        return dueDate.isAfter(endOfWeek(today)) ? DueState.LATER : DueState.DUE_THIS_WEEK;
    }

    public static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
