package dev.facet.team.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.team.DueState;
import dev.facet.team.PlanItemStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue, due this week (today to Sunday), later, ongoing, or closed: one row for each side of each edge. */
class DueStatePolicyTests {

    // 2027-03-03 is a Wednesday; that week ends on Sunday 2027-03-07.
    @ParameterizedTest(name = "{0} due {1} on {2}: {3}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            status,         due,        today,      expected
            OPEN,           2027-03-02, 2027-03-03, OVERDUE
            OPEN,           2027-03-03, 2027-03-03, DUE_THIS_WEEK
            OPEN,           2027-03-07, 2027-03-03, DUE_THIS_WEEK
            OPEN,           2027-03-08, 2027-03-03, LATER
            OPEN,           2027-03-07, 2027-03-07, DUE_THIS_WEEK
            OPEN,           2027-03-08, 2027-03-08, DUE_THIS_WEEK
            OPEN,           2027-03-14, 2027-03-08, DUE_THIS_WEEK
            OPEN,           2027-03-15, 2027-03-08, LATER
            OPEN,           ,           2027-03-03, ONGOING
            DONE,           2027-03-02, 2027-03-03, CLOSED
            NOT_APPLICABLE, 2027-03-02, 2027-03-03, CLOSED
            DONE,           ,           2027-03-03, CLOSED
            """)
    void placesAnItemAgainstToday(PlanItemStatus status, @Nullable LocalDate due, LocalDate today, DueState expected) {
        assertThat(DueStatePolicy.of(status, due, today)).isEqualTo(expected);
    }
}
