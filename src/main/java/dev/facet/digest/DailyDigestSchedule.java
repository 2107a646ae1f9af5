package dev.facet.digest;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whose morning it is. Checking rather than a fixed cron is what lets each
 * user get their digest at their own local time, whatever time zone they pick, and a digest whose
 * time passed while the application was down still go once it is back.
 */
@Component
class DailyDigestSchedule {

    private final DailyDigests digests;
    private final Clock clock;

    DailyDigestSchedule(DailyDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${facet.digest.check-interval:PT5M}",
            initialDelayString = "${facet.digest.check-initial-delay:PT1M}")
    @SchedulerLock(name = "daily-digests")
    void sendDue() {
        digests.sendDue(clock.instant());
    }
}
