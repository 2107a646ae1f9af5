package dev.facet.team;

import dev.facet.shared.ConflictException;
import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
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
 * The state of one template item in one plan. Open → done, or open → not applicable with a note (the
 * handbook's "mark it complete and leave a note"); a closed item can be reopened. Any other move is
 * refused as a conflict, so a second click on an item someone just closed changes nothing.
 */
@Entity
@Table(name = "team_plan_item")
class PlanItem {

    static final int MAX_NOTE = 2000;

    @Id
    private UUID id;

    private UUID planId;
    private UUID templateItemId;
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private PlanItemStatus status;

    private @Nullable String note;
    private @Nullable Instant closedAt;
    private @Nullable UUID closedBy;

    @Version
    private @Nullable Long version;

    protected PlanItem() {}

    PlanItem(UUID planId, UUID templateItemId, @Nullable LocalDate dueDate) {
        this.id = Ids.newId();
        this.planId = planId;
        this.templateItemId = templateItemId;
        this.dueDate = dueDate;
        this.status = PlanItemStatus.OPEN;
    }

    void markDone(UUID by, Instant now) {
        requireStatus(PlanItemStatus.OPEN);
        close(PlanItemStatus.DONE, null, by, now);
    }

    void markNotApplicable(@Nullable String note, UUID by, Instant now) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(
                    "note", "team.plan.item.noteRequired", "A note is required to mark an item not applicable");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidInputException("note", "team.plan.item.noteTooLong", "Note too long");
        }
        requireStatus(PlanItemStatus.OPEN);
        close(PlanItemStatus.NOT_APPLICABLE, note.strip(), by, now);
    }

    void reopen() {
        if (!status.closed()) {
            throw new ConflictException("status", "Item " + id + " is open already");
        }
        this.status = PlanItemStatus.OPEN;
        this.note = null;
        this.closedAt = null;
        this.closedBy = null;
    }

    private void close(PlanItemStatus closed, @Nullable String note, UUID by, Instant now) {
        this.status = closed;
        this.note = note;
        this.closedAt = now;
        this.closedBy = by;
    }

    private void requireStatus(PlanItemStatus expected) {
        if (status != expected) {
            throw new ConflictException("status", "Item " + id + " is " + status + ", not " + expected);
        }
    }

    UUID id() {
        return id;
    }

    UUID templateItemId() {
        return templateItemId;
    }

    PlanItemStatus status() {
        return status;
    }

    @Nullable
    String note() {
        return note;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    @Nullable
    UUID closedBy() {
        return closedBy;
    }

    @Nullable
    LocalDate dueDate() {
        return dueDate;
    }
}
