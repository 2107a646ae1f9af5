package dev.facet.team.web;

import dev.facet.team.ShadowedCallDetails;
import dev.facet.team.ShadowedCallView;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.ShadowingStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A shadowed call as the log and edit forms hold it; {@code version} is the version an edit started from. */
public class ShadowedCallForm {

    @NotNull(message = "{team.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    private @Nullable UUID accountId;

    @NotNull(message = "{team.stage.required}")
    private @Nullable ShadowingStage stage;

    @NotNull(message = "{team.shadowedWith.required}")
    private @Nullable UUID shadowedUserId;

    @Size(max = ShadowingManagement.MAX_TEXT, message = "{team.text.tooLong}")
    private @Nullable String notes;

    private long version;

    static ShadowedCallForm startingOn(LocalDate today) {
        var form = new ShadowedCallForm();
        form.date = today;
        return form;
    }

    static ShadowedCallForm of(ShadowedCallView call) {
        var form = new ShadowedCallForm();
        form.date = call.date();
        form.accountId = call.accountId();
        form.stage = call.stage();
        form.shadowedUserId = call.shadowedWith().id();
        form.notes = call.notes();
        form.version = call.version();
        return form;
    }

    ShadowedCallDetails details() {
        return new ShadowedCallDetails(
                Objects.requireNonNull(date),
                accountId,
                Objects.requireNonNull(stage),
                Objects.requireNonNull(shadowedUserId),
                notes == null ? "" : notes);
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

    public @Nullable ShadowingStage getStage() {
        return stage;
    }

    public void setStage(@Nullable ShadowingStage stage) {
        this.stage = stage;
    }

    public @Nullable UUID getShadowedUserId() {
        return shadowedUserId;
    }

    public void setShadowedUserId(@Nullable UUID shadowedUserId) {
        this.shadowedUserId = shadowedUserId;
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
