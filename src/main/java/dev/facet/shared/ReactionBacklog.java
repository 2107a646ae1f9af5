package dev.facet.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Event reactions not completed long after their event: {@code failed} ones threw and wait for the
 * scheduled retry; the others are stuck in flight. {@code oldest} is the oldest such event's time.
 */
public record ReactionBacklog(
        long incomplete, long failed, @Nullable Instant oldest) {

    public boolean isEmpty() {
        return incomplete == 0;
    }
}
