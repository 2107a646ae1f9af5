package dev.facet.timeline.api;

import dev.facet.account.Sentiment;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A timeline entry as the API shows it: people by username, notes as the Markdown they were written
 * in, and how many earlier versions an edit kept.
 */
record TimelineEntryResource(
        UUID id,
        String account,
        TimelineEntryType type,
        LocalDate date,
        String author,
        List<String> attendees,
        @Nullable Sentiment sentiment,
        String notes,
        Instant createdAt,
        @Nullable String editedBy,
        @Nullable Instant editedAt,
        int revisions) {

    static TimelineEntryResource of(TimelineEntryView entry, String accountCrmId) {
        return new TimelineEntryResource(
                entry.id(),
                accountCrmId,
                entry.type(),
                entry.date(),
                entry.author().username(),
                entry.attendees(),
                entry.sentiment(),
                entry.notes(),
                entry.createdAt(),
                entry.editedBy() == null ? null : entry.editedBy().username(),
                entry.editedAt(),
                entry.revisions().size());
    }
}
