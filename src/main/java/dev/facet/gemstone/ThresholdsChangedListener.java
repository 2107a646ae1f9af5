package dev.facet.gemstone;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reclassifies every account after the thresholds changed: after the admin's commit, in the
 * background, a batch per transaction so a large book never holds one long transaction. Spring
 * Modulith's publication registry resubmits it if the application stops half-way; reclassifying is
 * idempotent, so batches done twice change nothing.
 */
@Component
class ThresholdsChangedListener {

    private static final Logger log = LoggerFactory.getLogger(ThresholdsChangedListener.class);
    private static final int BATCH_SIZE = 500;
    // PostgreSQL orders UUIDs as unsigned bytes: the nil UUID comes first.
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final GemstoneManagement gemstones;
    private final TransactionTemplate transactions;

    ThresholdsChangedListener(GemstoneManagement gemstones, TransactionTemplate transactions) {
        this.gemstones = gemstones;
        this.transactions = transactions;
    }

    @Async
    @TransactionalEventListener
    void on(GemstoneThresholdsChanged changed) {
        UUID after = BEFORE_ALL;
        int batches = 0;
        Optional<UUID> last;
        do {
            UUID from = after;
            last = transactions.execute(status -> gemstones.reclassifyBatch(from, BATCH_SIZE));
            if (last != null && last.isPresent()) {
                after = last.get();
                batches++;
            }
        } while (last != null && last.isPresent());
        log.info("Reclassified all accounts under thresholds version {} in {} batches", changed.version(), batches);
    }
}
