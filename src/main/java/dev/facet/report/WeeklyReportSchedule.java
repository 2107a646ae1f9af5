package dev.facet.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whether the report time of the settings (e.g. Monday 07:00 in the team's
 * time zone) has passed, and sends that week's report. Checking instead of a fixed cron lets admins
 * change the day, time and zone without a restart, and a report whose time passed while the
 * application was down still goes out once it is back, within the catch-up window; an older one
 * is skipped rather than arriving days late.
 */
@Component
class WeeklyReportSchedule {

    private final ReportManagement reports;
    private final WeeklyReport report;
    private final Clock clock;
    private final Duration catchUp;

    WeeklyReportSchedule(
            ReportManagement reports,
            WeeklyReport report,
            Clock clock,
            @Value("${facet.report.catch-up:PT12H}") Duration catchUp) {
        this.reports = reports;
        this.report = report;
        this.clock = clock;
        this.catchUp = catchUp;
    }

    @Scheduled(
            fixedDelayString = "${facet.report.check-interval:PT5M}",
            initialDelayString = "${facet.report.check-initial-delay:PT1M}")
    @SchedulerLock(name = "weekly-onboarding-report")
    void sendIfDue() {
        dueRun(reports.settings(), clock.instant(), catchUp).ifPresent(report::send);
    }

    /** The latest report time at or before {@code now}, if it is no older than the catch-up window. */
    static Optional<ZonedDateTime> dueRun(ReportSettings settings, Instant now, Duration catchUp) {
        // Walk from eight days back: a week is not always 7 x 24 hours when the clocks change.
        ZonedDateTime latest = settings.nextRunAfter(now.minus(Duration.ofDays(8)));
        for (ZonedDateTime next = settings.nextRunAfter(latest.toInstant());
                !next.toInstant().isAfter(now);
                next = settings.nextRunAfter(next.toInstant())) {
            latest = next;
        }
        boolean fresh = !latest.toInstant().isAfter(now) && !latest.toInstant().isBefore(now.minus(catchUp));
        return fresh ? Optional.of(latest) : Optional.empty();
    }
}
