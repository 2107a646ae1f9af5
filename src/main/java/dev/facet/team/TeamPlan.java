package dev.facet.team;

import dev.facet.shared.ConflictException;
import dev.facet.shared.Ids;
import dev.facet.team.rules.PlanParticipants;
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

/**
 * A new hire's onboarding plan: who is onboarded, by which manager, with which buddy, from which day,
 * on which (immutable) template version. Its items are {@link PlanItem}s.
 */
@Entity
@Table(name = "team_plan")
class TeamPlan {

    @Id
    private UUID id;

    private UUID newHireId;
    private UUID managerId;
    private UUID buddyId;
    private LocalDate startDate;
    private UUID templateVersionId;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private Instant startedAt;
    private UUID startedBy;
    private @Nullable Instant endedAt;
    private @Nullable LocalDate graduatedOn;
    private @Nullable UUID graduatedBy;
    private @Nullable String graduationNote;

    @Version
    private @Nullable Long version;

    protected TeamPlan() {}

    TeamPlan(
            UUID newHireId,
            UUID managerId,
            UUID buddyId,
            LocalDate startDate,
            UUID templateVersionId,
            UUID startedBy,
            Instant now) {
        this.id = Ids.newId();
        this.newHireId = newHireId;
        this.managerId = managerId;
        this.buddyId = buddyId;
        this.startDate = startDate;
        this.templateVersionId = templateVersionId;
        this.status = PlanStatus.ACTIVE;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** Ends a plan that should not run on (started by mistake, or the new hire left). */
    void cancel(Instant now) {
        requireActive();
        this.status = PlanStatus.CANCELLED;
        this.endedAt = now;
    }

    /**
     * The new hire graduated on {@code day}, confirmed by {@code by}; {@code note} says why when the
     * manager overrode criteria not met.
     */
    void graduate(LocalDate day, UUID by, @Nullable String note, Instant now) {
        requireActive();
        this.status = PlanStatus.GRADUATED;
        this.graduatedOn = day;
        this.graduatedBy = by;
        this.graduationNote = note;
        this.endedAt = now;
    }

    /** Only a running plan's items change. */
    void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw new ConflictException("status", "Plan " + id + " is " + status);
        }
    }

    PlanParticipants participants() {
        return new PlanParticipants(newHireId, managerId, buddyId);
    }

    UUID id() {
        return id;
    }

    UUID managerId() {
        return managerId;
    }

    UUID newHireId() {
        return newHireId;
    }

    LocalDate startDate() {
        return startDate;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
