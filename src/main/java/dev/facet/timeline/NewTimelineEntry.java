package dev.facet.timeline;

import dev.facet.account.Sentiment;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a new timeline entry says; {@code authorId} is the user who wrote it. */
public record NewTimelineEntry(
        UUID accountId,
        TimelineEntryType type,
        LocalDate date,
        UUID authorId,
        @Nullable Sentiment sentiment,
        String notes) {}
