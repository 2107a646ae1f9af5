package dev.facet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSettingsTests {

    private final ReportSettings mondaySeven =
            new ReportSettings(DayOfWeek.MONDAY, LocalTime.of(7, 0), ZoneId.of("America/New_York"), 0);

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            now,                  nextRun
            2026-03-02T11:59:00Z, 2026-03-02T12:00:00Z
            2026-03-02T12:00:00Z, 2026-03-09T11:00:00Z
            2026-03-01T12:00:00Z, 2026-03-02T12:00:00Z
            2026-03-03T12:00:00Z, 2026-03-09T11:00:00Z
            2026-11-01T12:00:00Z, 2026-11-02T12:00:00Z
            """)
    void nextRunIsTheNextMondaySevenInNewYorkAcrossDaylightSaving(Instant now, Instant nextRun) {
        assertThat(mondaySeven.nextRunAfter(now).toInstant()).isEqualTo(nextRun);
    }
}
