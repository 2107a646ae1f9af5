package dev.facet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the weekly report is due: Monday 07:00 in New York, caught up within 12 hours. */
class WeeklyReportScheduleTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ReportSettings MONDAY_SEVEN =
            new ReportSettings(DayOfWeek.MONDAY, LocalTime.of(7, 0), NEW_YORK, 0);

    @ParameterizedTest(name = "at {0} New York time: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                // Monday 2026-11-23
                "2026-11-23T07:00, 2026-11-23T07:00",
                "2026-11-23T07:05, 2026-11-23T07:00",
                "2026-11-23T06:59, none", // last week's is 7 days old
                "2026-11-23T18:59, 2026-11-23T07:00", // the app was down all morning: still sent
                "2026-11-23T19:01, none", // more than 12 hours late: skipped
                "2026-11-24T08:00, none",
                "2026-11-29T23:00, none",
                // the Monday after clocks went back (2026-11-01 was the change): local time holds
                "2026-11-02T07:01, 2026-11-02T07:00",
                // the Monday after clocks went forward (2026-03-08)
                "2026-03-09T07:00, 2026-03-09T07:00"
            })
    void theLatestReportTimeIsDueWithinTheCatchUpWindow(LocalDateTime nowInNewYork, LocalDateTime expected) {
        var due = WeeklyReportSchedule.dueRun(
                MONDAY_SEVEN, nowInNewYork.atZone(NEW_YORK).toInstant(), Duration.ofHours(12));

        assertThat(due.map(ZonedDateTime::toLocalDateTime).orElse(null)).isEqualTo(expected);
    }
}
