package dev.facet.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again, every few minutes, the event reactions that failed (a lock conflict, a database hiccup)
 * instead of waiting for the next restart. Reactions are idempotent, so a reaction that was merely
 * slow and runs twice changes nothing. One instance of the cluster retries at a time (ShedLock).
 */
@Component
class FailedReactionRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedReactionRetry.class);

    private final IncompleteEventPublications publications;
    private final Duration olderThan;

    FailedReactionRetry(
            IncompleteEventPublications publications,
            @Value("${facet.events.retry-older-than:PT2M}") Duration olderThan) {
        this.publications = publications;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${facet.events.retry-interval:PT2M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "failed-reaction-retry")
    void retry() {
        log.debug("Resubmitting event reactions incomplete for more than {}", olderThan);
        publications.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
