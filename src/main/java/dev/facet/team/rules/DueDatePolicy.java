package dev.facet.team.rules;

import dev.facet.team.PlanMonth;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a plan item is due: by the last day of its month of the plan. Month n of a plan that starts on
 * day d ends the day before day d comes round again n calendar months later (start 2 March: month 1
 * ends 1 April); where that later month is too short to have day d, it ends on that month's last day
 * (start 31 January: month 1 ends on 28 February). The handbook's "beyond 3 months" expectations are
 * ongoing, so they have no due date.
 */
public final class DueDatePolicy {

    private DueDatePolicy() {}

    public static @Nullable LocalDate dueDate(LocalDate start, PlanMonth month) {
        return month.beyond() ? null : lastDayOfMonth(start, month.number());
    }

    /** The last day of the plan's month {@code n} (1 is the first month). */
    public static LocalDate lastDayOfMonth(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Plan months count from 1, not " + n);
        }
        LocalDate sameDayLater = start.plusMonths(n);
        // plusMonths clamps to the month's last day when the day does not exist there; that last day
        // then still belongs to month n.
        return sameDayLater.getDayOfMonth() < start.getDayOfMonth() ? sameDayLater : sameDayLater.minusDays(1);
    }
}
