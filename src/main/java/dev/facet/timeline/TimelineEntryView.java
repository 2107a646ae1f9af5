package dev.facet.timeline;

import dev.facet.account.Sentiment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record TimelineEntryView(
        UUID id,
        UUID accountId,
        TimelineEntryType type,
        LocalDate date,
        UUID authorId,
        String authorName,
        @Nullable Sentiment sentiment,
        String notes,
        Instant createdAt) {}
