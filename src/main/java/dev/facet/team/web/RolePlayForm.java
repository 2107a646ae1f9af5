package dev.facet.team.web;

import dev.facet.team.NewRolePlay;
import dev.facet.team.RolePlayEdit;
import dev.facet.team.RolePlayView;
import dev.facet.team.ShadowingManagement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A role play as the log and edit forms hold it. The new hire names the giver; the giver's own forms
 * carry the feedback instead ({@code feedback} stays null when the form has no such field).
 */
public class RolePlayForm {

    @NotNull(message = "{team.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    @NotBlank(message = "{team.rolePlay.topic.required}")
    @Size(max = ShadowingManagement.MAX_TOPIC, message = "{team.rolePlay.topic.tooLong}")
    private @Nullable String topic;

    private @Nullable UUID giverId;

    @Size(max = ShadowingManagement.MAX_TEXT, message = "{team.text.tooLong}")
    private @Nullable String feedback;

    private long version;

    static RolePlayForm startingOn(LocalDate today) {
        var form = new RolePlayForm();
        form.date = today;
        return form;
    }

    static RolePlayForm of(RolePlayView rolePlay, boolean withFeedback) {
        var form = new RolePlayForm();
        form.date = rolePlay.date();
        form.topic = rolePlay.topic();
        form.giverId = rolePlay.giver().id();
        form.feedback = withFeedback ? Objects.requireNonNullElse(rolePlay.feedback(), "") : null;
        form.version = rolePlay.version();
        return form;
    }

    /** Logged by the new hire: the giver they named, no feedback yet. */
    NewRolePlay byNewHire(UUID newHireId) {
        return new NewRolePlay(
                newHireId,
                Objects.requireNonNull(date),
                Objects.requireNonNull(topic),
                Objects.requireNonNull(giverId),
                null);
    }

    /** Logged by the manager or buddy who gave the feedback. */
    NewRolePlay byGiver(UUID newHireId, UUID giverId) {
        return new NewRolePlay(
                newHireId, Objects.requireNonNull(date), Objects.requireNonNull(topic), giverId, feedback);
    }

    RolePlayEdit edit() {
        return new RolePlayEdit(Objects.requireNonNull(date), Objects.requireNonNull(topic), feedback, version);
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable String getTopic() {
        return topic;
    }

    public void setTopic(@Nullable String topic) {
        this.topic = topic;
    }

    public @Nullable UUID getGiverId() {
        return giverId;
    }

    public void setGiverId(@Nullable UUID giverId) {
        this.giverId = giverId;
    }

    public @Nullable String getFeedback() {
        return feedback;
    }

    public void setFeedback(@Nullable String feedback) {
        this.feedback = feedback;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
