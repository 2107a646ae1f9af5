package dev.facet.timeline;

import dev.facet.account.Sentiment;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry as its author or a manager rewrote it; {@code version} is the version the editor saw, so
 * an edit made over someone else's newer save is refused instead of silently overwriting it.
 */
public record TimelineEdit(
        TimelineEntryType type,
        LocalDate date,
        @Nullable Sentiment sentiment,
        String notes,
        List<String> attendees,
        long version) {

    public TimelineEdit {
        attendees = List.copyOf(attendees);
    }
}
