package dev.facet.assignment;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One open ASSIGN_TAM item of the queue with what a manager weighs when choosing a TAM; {@code
 * bookWeight} is what the account adds to its TAM's book by its gemstone.
 */
public record QueueItem(
        UUID ctaId,
        UUID accountId,
        String accountName,
        Segment segment,
        Region region,
        @Nullable Gemstone gemstone,
        BigDecimal arr,
        LocalDate startDate,
        LocalDate dueDate,
        String ownerName,
        long bookWeight,
        boolean overdue) {}
