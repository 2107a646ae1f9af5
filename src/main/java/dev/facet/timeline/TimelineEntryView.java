package dev.facet.timeline;

import dev.facet.account.Sentiment;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A timeline entry as it reads now, with who last edited it and its earlier versions, newest first
 * ({@code revisions} is empty for an entry never edited).
 */
public record TimelineEntryView(
        UUID id,
        UUID accountId,
        TimelineEntryType type,
        LocalDate date,
        UserReference author,
        List<String> attendees,
        @Nullable Sentiment sentiment,
        String notes,
        Instant createdAt,
        @Nullable UserReference editedBy,
        @Nullable Instant editedAt,
        long version,
        List<TimelineRevisionView> revisions) {

    public UUID authorId() {
        return author.id();
    }

    public String authorName() {
        return author.displayName();
    }

    /** Its author and managers edit an entry (DOMAIN 6); everyone else only reads it. */
    public boolean mayBeEditedBy(CurrentUser user) {
        return mayEdit(author.id(), user);
    }

    static boolean mayEdit(UUID authorId, CurrentUser user) {
        return authorId.equals(user.id()) || user.isManager();
    }

    public boolean edited() {
        return editedAt != null;
    }
}
