package dev.facet.assignment;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a manager's bulk action in the background, one account after the other, and keeps its
 * progress and results for the page that polls them. Jobs live in this node's memory for an hour
 * after they finish: the results are a receipt for the manager who is watching, while what was done
 * is in the accounts, CTAs and timeline themselves. Behind a load balancer the polling needs sticky
 * sessions, which the login session already requires.
 */
@Component
class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;

    BulkJobs(Clock clock) {
        this.clock = clock;
    }

    /** Starts working through {@code items} with {@code step}; each step's failure stays its own. */
    <T> UUID start(
            BulkJobView.Kind kind,
            UUID managerId,
            List<T> items,
            Function<T, ItemResult> step,
            Function<T, String> describe) {
        forgetOldJobs();
        Job job = new Job(UUID.randomUUID(), kind, managerId, items.size());
        jobs.put(job.id, job);
        executor.submit(() -> {
            // finished whatever happens, so the page never polls a job that stopped for ever
            try {
                for (T item : items) {
                    ItemResult result;
                    try {
                        result = step.apply(item);
                    } catch (RuntimeException e) {
                        log.warn("Bulk {} item failed: {}", kind, e.toString());
                        result = new ItemResult(null, describe.apply(item), Outcome.FAILED, null, reasonOf(e));
                    }
                    job.add(result);
                }
            } finally {
                job.finish(clock.instant());
            }
        });
        return job.id;
    }

    /** The job, only for the manager who started it. */
    Optional<BulkJobView> find(UUID id, UUID managerId) {
        return Optional.ofNullable(jobs.get(id))
                .filter(job -> job.managerId.equals(managerId))
                .map(Job::view);
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(cutoff));
    }

    private static String reasonOf(RuntimeException e) {
        String message = e.getMessage();
        if (e instanceof org.springframework.dao.OptimisticLockingFailureException) {
            return "The account changed meanwhile; try again";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private static final class Job {
        final UUID id;
        final BulkJobView.Kind kind;
        final UUID managerId;
        final int total;
        final List<ItemResult> results = new ArrayList<>();
        volatile Instant finishedAt;

        Job(UUID id, BulkJobView.Kind kind, UUID managerId, int total) {
            this.id = id;
            this.kind = kind;
            this.managerId = managerId;
            this.total = total;
        }

        synchronized void add(ItemResult result) {
            results.add(result);
        }

        synchronized void finish(Instant at) {
            finishedAt = at;
        }

        synchronized BulkJobView view() {
            return new BulkJobView(id, kind, total, results.size(), finishedAt != null, List.copyOf(results));
        }
    }
}
