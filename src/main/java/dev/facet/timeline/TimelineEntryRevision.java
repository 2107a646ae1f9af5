package dev.facet.timeline;

import dev.facet.account.Sentiment;
import dev.facet.security.UserReference;
import dev.facet.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An earlier version of a timeline entry, kept when an edit replaced it; never changed afterwards. */
@Entity
@Table(name = "timeline_entry_revision")
class TimelineEntryRevision {

    @Id
    private UUID id;

    private UUID entryId;
    private int number;

    @Enumerated(EnumType.STRING)
    private TimelineEntryType type;

    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    private @Nullable Sentiment sentiment;

    private String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] attendees;

    private UUID writtenBy;
    private Instant writtenAt;

    @Version
    private @Nullable Long version;

    protected TimelineEntryRevision() {}

    TimelineEntryRevision(
            UUID entryId,
            int number,
            TimelineEntryType type,
            LocalDate entryDate,
            @Nullable Sentiment sentiment,
            String notes,
            List<String> attendees,
            UUID writtenBy,
            Instant writtenAt) {
        this.id = Ids.newId();
        this.entryId = entryId;
        this.number = number;
        this.type = type;
        this.entryDate = entryDate;
        this.sentiment = sentiment;
        this.notes = notes;
        this.attendees = attendees.toArray(String[]::new);
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    UUID entryId() {
        return entryId;
    }

    UUID writtenBy() {
        return writtenBy;
    }

    TimelineRevisionView view(Map<UUID, UserReference> people) {
        return new TimelineRevisionView(
                number,
                type,
                entryDate,
                sentiment,
                notes,
                List.of(attendees),
                TimelineManagement.person(people, writtenBy),
                writtenAt);
    }
}
