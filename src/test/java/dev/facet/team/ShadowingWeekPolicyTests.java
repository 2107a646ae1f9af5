package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weekly view of shadowing, as tables: ISO weeks, the new hire's time zone, zero weeks and the goal of 4. */
class ShadowingWeekPolicyTests {

    @ParameterizedTest(name = "{0} is in the week of {1} ({2})")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            date,        monday,      label
            2026-11-29,  2026-11-23,  2026-W48
            2026-11-30,  2026-11-30,  2026-W49
            2026-12-06,  2026-11-30,  2026-W49
            2026-12-07,  2026-12-07,  2026-W50
            2026-12-31,  2026-12-28,  2026-W53
            2027-01-01,  2026-12-28,  2026-W53
            2027-01-03,  2026-12-28,  2026-W53
            2027-01-04,  2027-01-04,  2027-W01
            2025-12-31,  2025-12-29,  2026-W01
            """)
    void weeksRunMondayToSundayAsInIso8601(LocalDate date, LocalDate monday, String label) {
        assertThat(ShadowingWeekPolicy.weekOf(date)).isEqualTo(monday);
        assertThat(new ShadowingWeek(monday, 0, 4, WeekStatus.SHORT).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "at {0} in {1} this week starts {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            now,                   zone,                 today,       this week,   weeks since 2026-11-23
            2026-11-29T23:30:00Z,  UTC,                  2026-11-29,  2026-11-23,  1
            2026-11-29T23:30:00Z,  Asia/Tokyo,           2026-11-30,  2026-11-30,  2
            2026-11-30T03:00:00Z,  America/Los_Angeles,  2026-11-29,  2026-11-23,  1
            2026-11-30T03:00:00Z,  UTC,                  2026-11-30,  2026-11-30,  2
            2026-11-29T10:30:00Z,  Pacific/Kiritimati,   2026-11-30,  2026-11-30,  2
            """)
    void thisWeekIsTheNewHiresWeek(Instant now, ZoneId zone, LocalDate today, LocalDate thisWeek, int weeks) {
        LocalDate theirToday = ShadowingWeekPolicy.today(now, zone);
        assertThat(theirToday).isEqualTo(today);
        List<ShadowingWeek> view = ShadowingWeekPolicy.weeks(Map.of(), LocalDate.parse("2026-11-23"), theirToday);
        assertThat(view).hasSize(weeks);
        assertThat(view.getLast().weekStart()).isEqualTo(thisWeek);
        assertThat(view.getLast().status()).isEqualTo(WeekStatus.IN_PROGRESS);
    }

    @ParameterizedTest(name = "[{index}] {0} from {1} on {2}")
    @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
            calls per week                    | from       | today      | weeks
            ''                                |            | 2026-11-30 | ''
            2026-11-30=0                      |            | 2026-11-30 | ''
            2026-11-30=1                      |            | 2026-11-30 | 2026-11-30=1 IN_PROGRESS
            2026-11-16=4                      |            | 2026-11-30 | 2026-11-16=4 MET, 2026-11-23=0 SHORT, 2026-11-30=0 IN_PROGRESS
            2026-11-16=3; 2026-11-30=4        |            | 2026-12-02 | 2026-11-16=3 SHORT, 2026-11-23=0 SHORT, 2026-11-30=4 MET
            2026-11-30=3                      |            | 2026-12-06 | 2026-11-30=3 IN_PROGRESS
            2026-11-23=3                      |            | 2026-12-07 | 2026-11-23=3 SHORT, 2026-11-30=0 SHORT, 2026-12-07=0 IN_PROGRESS
            2026-11-30=5                      | 2026-11-16 | 2026-11-30 | 2026-11-16=0 SHORT, 2026-11-23=0 SHORT, 2026-11-30=5 MET
            ''                                | 2026-11-23 | 2026-11-30 | 2026-11-23=0 SHORT, 2026-11-30=0 IN_PROGRESS
            2026-11-16=4; 2026-11-23=6        | 2026-11-26 | 2026-11-30 | 2026-11-23=6 MET, 2026-11-30=0 IN_PROGRESS
            2026-11-30=2                      | 2026-12-14 | 2026-11-30 | 2026-11-30=2 IN_PROGRESS
            2026-12-28=4; 2027-01-04=1        |            | 2027-01-05 | 2026-12-28=4 MET, 2027-01-04=1 IN_PROGRESS
            """)
    void laysOutEveryWeekFromTheFirstOneToThisWeek(
            String callsPerWeek, @Nullable LocalDate from, LocalDate today, String expected) {
        List<ShadowingWeek> weeks = ShadowingWeekPolicy.weeks(counts(callsPerWeek), from, today);
        assertThat(weeks.stream()
                        .map(w -> w.weekStart() + "=" + w.calls() + " " + w.status())
                        .collect(Collectors.joining(", ")))
                .isEqualTo(expected);
        assertThat(weeks).allSatisfy(w -> assertThat(w.goal()).isEqualTo(4));
    }

    @ParameterizedTest(name = "{0} calls, this week {1}: {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            calls, this week, status
            0,     false,     SHORT
            3,     false,     SHORT
            4,     false,     MET
            5,     false,     MET
            0,     true,      IN_PROGRESS
            3,     true,      IN_PROGRESS
            4,     true,      MET
            """)
    void theGoalIsFourCallsAWeek(long calls, boolean thisWeek, WeekStatus status) {
        assertThat(ShadowingWeekPolicy.status(calls, thisWeek)).isEqualTo(status);
    }

    @Test
    void theViewKeepsToTheLatestTwoYearsOfWeeks() {
        LocalDate today = LocalDate.parse("2026-11-30");
        Map<LocalDate, Long> longAgo = Map.of(LocalDate.parse("2023-01-02"), 4L, today, 1L);

        List<ShadowingWeek> fromFirstCall = ShadowingWeekPolicy.weeks(longAgo, null, today);
        assertThat(fromFirstCall).hasSize(ShadowingWeekPolicy.MAX_WEEKS);
        assertThat(fromFirstCall.getFirst().weekStart()).isEqualTo(today.minusWeeks(103));

        List<ShadowingWeek> fromLongAgo = ShadowingWeekPolicy.weeks(Map.of(), LocalDate.parse("1990-01-01"), today);
        assertThat(fromLongAgo).hasSize(ShadowingWeekPolicy.MAX_WEEKS);
        assertThat(ShadowingWeekPolicy.earliestWeek(LocalDate.parse("1990-01-01"), today))
                .isEqualTo(today.minusWeeks(103));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
            calls per week                          | today      | total | logged | with calls | met | short | throughout
            ''                                      | 2026-11-30 | 0     | 0      | 0          | 0   | 0     | false
            2026-11-30=4                            | 2026-11-30 | 4     | 1      | 1          | 1   | 0     | false
            2026-11-23=4; 2026-11-30=1              | 2026-11-30 | 5     | 2      | 2          | 1   | 0     | true
            2026-11-09=5; 2026-11-23=4              | 2026-11-30 | 9     | 4      | 2          | 2   | 1     | false
            """)
    void theSummaryCountsTheWeeks(
            String callsPerWeek,
            LocalDate today,
            long total,
            int logged,
            int withCalls,
            int met,
            int shortWeeks,
            boolean throughout) {
        var summary = ShadowingSummary.of(
                java.util.UUID.randomUUID(),
                ShadowingWeekPolicy.weeks(counts(callsPerWeek), null, today),
                new ShadowingQueries.LogCounts(6, 3, 2));
        assertThat(summary.totalCalls()).isEqualTo(total);
        assertThat(summary.weeksLogged()).isEqualTo(logged);
        assertThat(summary.weeksWithCalls()).isEqualTo(withCalls);
        assertThat(summary.weeksMeetingGoal()).isEqualTo(met);
        assertThat(summary.shortWeeks()).isEqualTo(shortWeeks);
        assertThat(summary.weeklyGoalMetThroughout()).isEqualTo(throughout);
        assertThat(summary.coLedMeetingsReached()).isTrue();
        assertThat(summary.rolePlaysAwaitingFeedback()).isEqualTo(1);
    }

    private static Map<LocalDate, Long> counts(String text) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        if (text.isBlank()) {
            return counts;
        }
        Arrays.stream(text.split(";")).map(String::trim).forEach(pair -> {
            String[] parts = pair.split("=");
            counts.put(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
        });
        return counts;
    }
}
