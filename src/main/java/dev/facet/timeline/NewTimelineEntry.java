package dev.facet.timeline;

import dev.facet.account.Sentiment;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a new timeline entry says; {@code authorId} is the user who wrote it and {@code attendees}
 * are free text (names or email addresses).
 */
public record NewTimelineEntry(
        UUID accountId,
        TimelineEntryType type,
        LocalDate date,
        UUID authorId,
        @Nullable Sentiment sentiment,
        String notes,
        List<String> attendees) {

    public NewTimelineEntry {
        attendees = List.copyOf(attendees);
    }

    /** An entry without attendees, such as the UPDATE a CTA delay writes. */
    public NewTimelineEntry(
            UUID accountId,
            TimelineEntryType type,
            LocalDate date,
            UUID authorId,
            @Nullable Sentiment sentiment,
            String notes) {
        this(accountId, type, date, authorId, sentiment, notes, List.of());
    }
}
