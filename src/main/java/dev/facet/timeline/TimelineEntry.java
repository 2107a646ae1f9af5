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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] attendees;

    private Instant createdAt;
    private @Nullable UUID editedBy;
    private @Nullable Instant editedAt;

    @Version
    private @Nullable Long version;

    protected TimelineEntry() {}

    TimelineEntry(NewTimelineEntry entry, String notes, List<String> attendees, Instant now) {
        this.id = Ids.newId();
        this.accountId = entry.accountId();
        this.type = entry.type();
        this.entryDate = entry.date();
        this.authorId = entry.authorId();
        this.sentiment = entry.sentiment();
        this.notes = notes;
        this.attendees = attendees.toArray(String[]::new);
        this.createdAt = now;
    }

    /** True when the edit would change what the entry says. */
    boolean differsFrom(TimelineEdit edit, List<String> newAttendees) {
        return type != edit.type()
                || !entryDate.equals(edit.date())
                || sentiment != edit.sentiment()
                || !notes.equals(edit.notes())
                || !attendees().equals(newAttendees);
    }

    /**
     * The version this edit replaces, to keep as a revision: written by the author (or the previous
     * editor) when they saved it.
     */
    TimelineEntryRevision revision(int number) {
        return new TimelineEntryRevision(
                id,
                number,
                type,
                entryDate,
                sentiment,
                notes,
                attendees(),
                editedBy != null ? editedBy : authorId,
                editedAt != null ? editedAt : createdAt);
    }

    void edit(TimelineEdit edit, List<String> newAttendees, UUID editor, Instant now) {
        this.type = edit.type();
        this.entryDate = edit.date();
        this.sentiment = edit.sentiment();
        this.notes = edit.notes();
        this.attendees = newAttendees.toArray(String[]::new);
        this.editedBy = editor;
        this.editedAt = now;
    }

    /** Whether this entry sets the account's sentiment when it is the newest such entry (DOMAIN 6). */
    boolean revisesSentiment() {
        return type == TimelineEntryType.UPDATE && sentiment != null;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    UUID authorId() {
        return authorId;
    }

    @Nullable
    UUID editedBy() {
        return editedBy;
    }

    @Nullable
    Sentiment sentiment() {
        return sentiment;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<String> attendees() {
        return List.of(attendees);
    }

    TimelineEntryView view(Map<UUID, UserReference> people, List<TimelineRevisionView> revisions) {
        return new TimelineEntryView(
                id,
                accountId,
                type,
                entryDate,
                TimelineManagement.person(people, authorId),
                attendees(),
                sentiment,
                notes,
                createdAt,
                editedBy == null ? null : TimelineManagement.person(people, editedBy),
                editedAt,
                version(),
                revisions);
    }
}
