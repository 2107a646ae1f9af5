package dev.facet.team.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.team.PlanMonth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month n of a plan ends the day before the start's day of month comes round n months later. */
class DueDatePolicyTests {

    @ParameterizedTest(name = "start {0}, {1}: due {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            start,      month,   due
            2027-03-02, MONTH_1, 2027-04-01
            2027-03-02, MONTH_2, 2027-05-01
            2027-03-02, MONTH_3, 2027-06-01
            2027-03-01, MONTH_1, 2027-03-31
            2027-03-01, MONTH_2, 2027-04-30
            2027-03-01, MONTH_3, 2027-05-31
            2027-01-28, MONTH_1, 2027-02-27
            2027-01-29, MONTH_1, 2027-02-28
            2027-01-31, MONTH_1, 2027-02-28
            2027-01-31, MONTH_2, 2027-03-30
            2027-01-31, MONTH_3, 2027-04-30
            2028-01-30, MONTH_1, 2028-02-29
            2028-02-29, MONTH_1, 2028-03-28
            2027-11-15, MONTH_2, 2028-01-14
            2027-12-31, MONTH_3, 2028-03-30
            """)
    void dueByTheLastDayOfTheMonth(LocalDate start, PlanMonth month, LocalDate due) {
        assertThat(DueDatePolicy.dueDate(start, month)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2027-03-02", "2027-01-31", "2028-02-29"})
    void beyondThreeMonthsIsOngoing(LocalDate start) {
        assertThat(DueDatePolicy.dueDate(start, PlanMonth.BEYOND)).isNull();
    }

    @Test
    void monthsFollowEachOtherWithoutGapOrOverlap() {
        for (LocalDate start = LocalDate.of(2027, 1, 1);
                start.isBefore(LocalDate.of(2029, 1, 1));
                start = start.plusDays(1)) {
            LocalDate first = DueDatePolicy.lastDayOfMonth(start, 1);
            LocalDate second = DueDatePolicy.lastDayOfMonth(start, 2);
            LocalDate third = DueDatePolicy.lastDayOfMonth(start, 3);
            assertThat(first).isAfterOrEqualTo(start.plusDays(27)).isBefore(second);
            assertThat(second).isBefore(third);
            assertThat(third).isBeforeOrEqualTo(start.plusDays(92));
        }
    }

    @Test
    void monthsCountFromOne() {
        assertThatThrownBy(() -> DueDatePolicy.lastDayOfMonth(LocalDate.of(2027, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
