package dev.facet.email.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute or so, on one instance of the cluster at a time, queues the enablement emails whose
 * day has come. Each email is its own small transaction: it is locked, its mail written to the outbox
 * and its state moved to SENDING together, so a crash or restart at any point leaves it either still
 * SCHEDULED (and taken by the next run) or queued once.
 *
 * <p>"Its day" is the date in the time zone of the TAM who signs it: a TAM in Chicago sees "goes on
 * 3 March" and it goes on their 3 March, not at 6 pm on the 2nd. The query therefore looks one day
 * beyond today in UTC (no zone is more than a day ahead) and each email decides for itself; one that
 * is not due yet is skipped until its day begins in its signer's zone (rechecked hourly at least), so
 * a run with nothing due is one statement that finds nothing.
 */
@Component
class ScheduledEnablementEmails {

    private static final Logger log = LoggerFactory.getLogger(ScheduledEnablementEmails.class);

    /** Bounds one run, so it ends well within its lock; the next run continues. */
    static final int MAX_PER_RUN = 500;

    private static final LocalDate BEFORE_ALL = LocalDate.of(1900, 1, 1);
    private static final UUID LOWEST = new UUID(0, 0);

    private final EnablementEmailRepository emails;
    private final EnablementQueue queue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledEnablementEmails(
            EnablementEmailRepository emails, EnablementQueue queue, TransactionTemplate transactions, Clock clock) {
        this.emails = emails;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${facet.enablement.send-interval:PT1M}",
            initialDelayString = "${facet.enablement.send-initial-delay:PT1M}")
    @SchedulerLock(name = "enablement-emails", lockAtMostFor = "PT15M")
    void sendDue() {
        sendDue(clock.instant());
    }

    /** One run as of {@code now}; tests pass a later instant to make the later emails due. */
    Map<EnablementQueue.Outcome, Integer> sendDue(Instant now) {
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        Map<EnablementQueue.Outcome, Integer> outcomes = new EnumMap<>(EnablementQueue.Outcome.class);
        Step cursor = new Step(BEFORE_ALL, LOWEST, null);
        for (int taken = 0; taken < MAX_PER_RUN; taken++) {
            Step after = cursor;
            Step step = transactions.execute(status -> next(latest, after, now, status));
            if (step == null) {
                break;
            }
            if (step.outcome() != null) {
                outcomes.merge(step.outcome(), 1, Integer::sum);
            }
            cursor = step;
        }
        if (outcomes.containsKey(EnablementQueue.Outcome.QUEUED)) {
            log.info("Enablement emails: {}", outcomes);
        }
        return outcomes;
    }

    /**
     * Takes the next candidate after the cursor. A failure with one email (a lock conflict on its CTA)
     * rolls back only its own transaction and the run moves past it; the next run tries it again.
     */
    private @Nullable Step next(LocalDate latest, Step after, Instant now, TransactionStatus status) {
        var candidate = emails.lockNextDue(latest, now, after.scheduledOn(), after.emailId());
        if (candidate.isEmpty()) {
            return null;
        }
        EnablementEmail email = candidate.get();
        try {
            EnablementQueue.Outcome outcome = queue.queueIfDue(email, now);
            emails.saveAndFlush(email);
            return new Step(email.scheduledOn(), email.id(), outcome);
        } catch (RuntimeException e) {
            status.setRollbackOnly();
            log.warn("Enablement email {} not queued this run: {}", email.id(), e.toString());
            return new Step(email.scheduledOn(), email.id(), null);
        }
    }

    /** Where a run stands: the last email it looked at, and what it did with it (null: it failed). */
    private record Step(LocalDate scheduledOn, UUID emailId, EnablementQueue.@Nullable Outcome outcome) {}
}
