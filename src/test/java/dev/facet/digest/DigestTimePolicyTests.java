package dev.facet.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a user's digest is due: 07:00 in their own time zone, caught up within 12 hours. */
class DigestTimePolicyTests {

    private final DigestTimePolicy sevenOClock = new DigestTimePolicy(LocalTime.of(7, 0), Duration.ofHours(12));

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(nullValues = "none", textBlock = """
                    2026-11-23T06:59, America/New_York, none
                    2026-11-23T07:00, America/New_York, 2026-11-23
                    2026-11-23T07:04, America/New_York, 2026-11-23
                    2026-11-23T18:59, America/New_York, 2026-11-23
                    2026-11-23T19:00, America/New_York, none
                    2026-11-23T23:30, America/New_York, none
                    2026-11-24T00:30, Asia/Tokyo,       none
                    2026-11-24T07:30, Asia/Tokyo,       2026-11-24
                    2026-03-29T07:00, Europe/Berlin,    2026-03-29
                    2026-10-25T07:00, Europe/Berlin,    2026-10-25
                    """)
    void theDigestOfTheLocalDayIsDueFromSevenForTwelveHours(LocalDateTime local, ZoneId zone, LocalDate expected) {
        var due = sevenOClock.dueDay(zone, local.atZone(zone).toInstant());

        assertThat(due.orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "none", textBlock = """
                    2026-11-23T21:59, none
                    2026-11-23T22:00, 2026-11-23
                    2026-11-24T01:00, 2026-11-23
                    2026-11-24T07:59, 2026-11-23
                    2026-11-24T08:00, none
                    """)
    void aLateSendTimeCatchesUpPastMidnight(LocalDateTime local, LocalDate expected) {
        var late = new DigestTimePolicy(LocalTime.of(22, 0), Duration.ofHours(10));
        ZoneId zone = ZoneId.of("Europe/Lisbon");

        assertThat(late.dueDay(zone, local.atZone(zone).toInstant()).orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void whenTheClocksSkipTheSendTimeTheDigestIsDueAsMuchLater() {
        // Europe/Berlin skipped 02:00-03:00 on 2026-03-29: 02:30 became 03:30.
        var atTwoThirty = new DigestTimePolicy(LocalTime.of(2, 30), Duration.ofHours(12));
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(atTwoThirty.dueDay(
                        berlin,
                        LocalDateTime.parse("2026-03-29T03:30").atZone(berlin).toInstant()))
                .contains(LocalDate.parse("2026-03-29"));
        assertThat(atTwoThirty.dueDay(
                        berlin,
                        LocalDateTime.parse("2026-03-29T03:29").atZone(berlin).toInstant()))
                .isEmpty();
    }

    @Test
    void aCatchUpWindowOfMoreThanADayIsRefused() {
        assertThatThrownBy(() -> new DigestTimePolicy(LocalTime.of(7, 0), Duration.ofHours(25)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestTimePolicy(LocalTime.of(7, 0), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
