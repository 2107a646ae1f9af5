package dev.facet.timeline;

import dev.facet.account.Sentiment;
import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "timeline_entry")
class TimelineEntry {

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private TimelineEntryType type;

    private LocalDate entryDate;
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    private @Nullable Sentiment sentiment;

    private String notes;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected TimelineEntry() {}

    TimelineEntry(NewTimelineEntry entry, Instant now) {
        this.id = Ids.newId();
        this.accountId = entry.accountId();
        this.type = entry.type();
        this.entryDate = entry.date();
        this.authorId = entry.authorId();
        this.sentiment = entry.sentiment();
        this.notes = entry.notes();
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    TimelineEntryView view(String authorName) {
        return new TimelineEntryView(id, accountId, type, entryDate, authorId, authorName, sentiment, notes, createdAt);
    }

    UUID authorId() {
        return authorId;
    }
}
