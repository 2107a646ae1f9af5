package dev.facet.timeline.web;

import dev.facet.account.Sentiment;
import dev.facet.timeline.Attendees;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEdit;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A timeline entry as the add and edit forms hold it; attendees are one text, separated by commas,
 * semicolons or new lines. {@code version} is the version an edit started from.
 */
public class TimelineEntryForm {

    @NotNull(message = "{timeline.type.required}")
    private @Nullable TimelineEntryType type;

    @NotNull(message = "{timeline.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    private @Nullable Sentiment sentiment;

    @NotBlank(message = "{timeline.notes.required}")
    @Size(max = TimelineManagement.MAX_NOTES, message = "{timeline.notes.tooLong}")
    private @Nullable String notes;

    @Size(max = 12_000, message = "{timeline.attendees.tooMany}")
    private @Nullable String attendees;

    private long version;

    static TimelineEntryForm of(TimelineEntryView entry) {
        var form = new TimelineEntryForm();
        form.type = entry.type();
        form.date = entry.date();
        form.sentiment = entry.sentiment();
        form.notes = entry.notes();
        form.attendees = Attendees.format(entry.attendees());
        form.version = entry.version();
        return form;
    }

    NewTimelineEntry toNewEntry(UUID accountId, UUID authorId) {
        return new NewTimelineEntry(
                accountId,
                Objects.requireNonNull(type),
                Objects.requireNonNull(date),
                authorId,
                sentiment,
                Objects.requireNonNull(notes),
                Attendees.parse(attendees == null ? "" : attendees));
    }

    TimelineEdit toEdit() {
        return new TimelineEdit(
                Objects.requireNonNull(type),
                Objects.requireNonNull(date),
                sentiment,
                Objects.requireNonNull(notes),
                Attendees.parse(attendees == null ? "" : attendees),
                version);
    }

    public @Nullable TimelineEntryType getType() {
        return type;
    }

    public void setType(@Nullable TimelineEntryType type) {
        this.type = type;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(@Nullable Sentiment sentiment) {
        this.sentiment = sentiment;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getAttendees() {
        return attendees;
    }

    public void setAttendees(@Nullable String attendees) {
        this.attendees = attendees;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
