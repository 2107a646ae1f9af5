package dev.facet.shared.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the idempotency keys past their lifetime, once an hour on one instance of the cluster. A
 * claim never depends on it: an expired row is replaced by the next claim of its key anyway; this
 * only keeps the table from growing.
 */
@Component
class IdempotencyKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotentRequestStore store;

    IdempotencyKeyCleanup(IdempotentRequestStore store) {
        this.store = store;
    }

    @Scheduled(
            fixedDelayString = "${facet.api.idempotency.cleanup-interval:PT1H}",
            initialDelayString = "${facet.api.idempotency.cleanup-initial-delay:PT5M}")
    @SchedulerLock(name = "idempotency-key-cleanup")
    void deleteExpiredKeys() {
        int deleted = store.deleteExpired();
        log.debug("Deleted {} expired idempotency keys", deleted);
    }
}
