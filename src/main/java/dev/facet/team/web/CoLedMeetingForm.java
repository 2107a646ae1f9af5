package dev.facet.team.web;

import dev.facet.team.CoLedMeetingDetails;
import dev.facet.team.CoLedMeetingView;
import dev.facet.team.ShadowingManagement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A customer meeting the new hire led, as the colleague who joined it logs or edits it. */
public class CoLedMeetingForm {

    @NotNull(message = "{team.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    @NotNull(message = "{team.meeting.account.required}")
    private @Nullable UUID accountId;

    @Size(max = ShadowingManagement.MAX_TEXT, message = "{team.text.tooLong}")
    private @Nullable String notes;

    private long version;

    static CoLedMeetingForm startingOn(LocalDate today) {
        var form = new CoLedMeetingForm();
        form.date = today;
        return form;
    }

    static CoLedMeetingForm of(CoLedMeetingView meeting) {
        var form = new CoLedMeetingForm();
        form.date = meeting.date();
        form.accountId = meeting.accountId();
        form.notes = meeting.notes();
        form.version = meeting.version();
        return form;
    }

    CoLedMeetingDetails details() {
        return new CoLedMeetingDetails(
                Objects.requireNonNull(date), Objects.requireNonNull(accountId), notes == null ? "" : notes);
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable UUID getAccountId() {
        return accountId;
    }

    public void setAccountId(@Nullable UUID accountId) {
        this.accountId = accountId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
