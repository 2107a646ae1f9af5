package dev.facet.timeline;

import dev.facet.account.Sentiment;
import dev.facet.security.UserReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An earlier version of an entry: what it said, and who wrote that version when (number 1 is the original). */
public record TimelineRevisionView(
        int number,
        TimelineEntryType type,
        LocalDate date,
        @Nullable Sentiment sentiment,
        String notes,
        List<String> attendees,
        UserReference writtenBy,
        Instant writtenAt) {}
