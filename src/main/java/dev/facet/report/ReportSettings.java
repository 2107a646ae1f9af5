package dev.facet.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When the weekly onboarding report goes out: every {@code dayOfWeek} at {@code localTime} in the
 * team's {@code timeZone}. {@code version} turns a stale admin edit into a conflict.
 */
public record ReportSettings(DayOfWeek dayOfWeek, LocalTime localTime, ZoneId timeZone, long version) {

    /**
     * The first report time strictly after {@code now}. On a day when the clocks skip the local time
     * (spring forward) it goes out right after the gap; when the local time comes twice, at the first.
     */
    public ZonedDateTime nextRunAfter(Instant now) {
        ZonedDateTime local = now.atZone(timeZone);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(dayOfWeek))
                .toLocalDate()
                .atTime(localTime)
                .atZone(timeZone);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = candidate.toLocalDate().plusWeeks(1).atTime(localTime).atZone(timeZone);
        }
        return candidate;
    }
}
