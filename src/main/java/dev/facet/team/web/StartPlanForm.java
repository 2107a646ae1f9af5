package dev.facet.team.web;

import dev.facet.team.NewTeamPlan;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The manager's form to start a new hire's plan. */
public class StartPlanForm {

    @NotNull
    private @Nullable UUID newHireId;

    /** Chosen by admins; a manager's plans are their own, so the controller fills it in for them. */
    private @Nullable UUID managerId;

    @NotNull
    private @Nullable UUID buddyId;

    @NotNull
    private @Nullable LocalDate startDate;

    /** Only called once Bean Validation passed, so every field is set. */
    NewTeamPlan plan() {
        return new NewTeamPlan(
                Objects.requireNonNull(newHireId),
                Objects.requireNonNull(managerId),
                Objects.requireNonNull(buddyId),
                Objects.requireNonNull(startDate));
    }

    public @Nullable UUID getNewHireId() {
        return newHireId;
    }

    public void setNewHireId(@Nullable UUID newHireId) {
        this.newHireId = newHireId;
    }

    public @Nullable UUID getManagerId() {
        return managerId;
    }

    public void setManagerId(@Nullable UUID managerId) {
        this.managerId = managerId;
    }

    public @Nullable UUID getBuddyId() {
        return buddyId;
    }

    public void setBuddyId(@Nullable UUID buddyId) {
        this.buddyId = buddyId;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }
}
