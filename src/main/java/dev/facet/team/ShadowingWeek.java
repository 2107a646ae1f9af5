package dev.facet.team;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * One ISO week (Monday to Sunday) of a new hire's shadowing: the calls logged in it against the goal.
 *
 * @param weekStart the Monday that starts the week
 */
public record ShadowingWeek(LocalDate weekStart, long calls, int goal, WeekStatus status) {

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }

    /** The ISO week as people write it, such as {@code 2026-W48}. */
    public String label() {
        return "%d-W%02d"
                .formatted(weekStart.get(IsoFields.WEEK_BASED_YEAR), weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
