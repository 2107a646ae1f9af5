package dev.facet.cta;

import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One task of a CTA, copied from its playbook version when the CTA opened. */
@Entity
@Table(name = "cta_task")
class CtaTask {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cta_id")
    private Cta cta;

    private int position;
    private String title;
    private String description;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private @Nullable String note;
    private @Nullable Instant doneAt;
    private @Nullable UUID doneBy;

    /** Null while the task is the CTA owner's, as every task starts. */
    private @Nullable UUID ownerId;

    @ElementCollection
    @CollectionTable(name = "cta_task_checklist_item", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected CtaTask() {}

    CtaTask(Cta cta, int position, String title, String description, LocalDate dueDate, List<String> checklist) {
        this.id = Ids.newId();
        this.cta = cta;
        this.position = position;
        this.title = title;
        this.description = description;
        this.dueDate = dueDate;
        this.status = TaskStatus.OPEN;
        checklist.forEach(label -> this.checklist.add(new ChecklistItem(label)));
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    TaskStatus status() {
        return status;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    void complete(@Nullable UUID by, Instant now) {
        this.status = TaskStatus.DONE;
        this.doneAt = now;
        this.doneBy = by;
    }

    /** The handbook: "mark it complete and leave a note" — so the note is required. */
    void markNotApplicable(@Nullable String note, @Nullable UUID by, Instant now) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(
                    "note", "cta.task.noteRequired", "A note is required to mark a task not applicable");
        }
        this.status = TaskStatus.NOT_APPLICABLE;
        this.note = note.strip();
        this.doneAt = now;
        this.doneBy = by;
    }

    void reopen() {
        this.status = TaskStatus.OPEN;
        this.note = null;
        this.doneAt = null;
        this.doneBy = null;
    }

    void markChecklistItem(int index, boolean done) {
        if (index < 0 || index >= checklist.size()) {
            throw new InvalidInputException("item", "cta.task.noSuchItem", "No such checklist item");
        }
        checklist.get(index).mark(done);
    }

    void shiftDueDate(long days) {
        this.dueDate = dueDate.plusDays(days);
    }

    void moveDueDate(LocalDate newDueDate) {
        this.dueDate = newDueDate;
    }

    /** Gives the task to someone; the CTA's own owner takes it back to "follows the CTA". */
    void assignTo(UUID owner, UUID ctaOwner) {
        this.ownerId = owner.equals(ctaOwner) ? null : owner;
    }

    @Nullable
    UUID ownerId() {
        return ownerId;
    }

    @Nullable
    UUID doneBy() {
        return doneBy;
    }

    /** {@code names}: display names of the people the task names (its owner, who did it). */
    CtaTaskView view(LocalDate today, UUID ctaOwner, java.util.Map<UUID, String> names) {
        UUID owner = ownerId != null ? ownerId : ctaOwner;
        return new CtaTaskView(
                id,
                position,
                title,
                description,
                dueDate,
                status,
                note,
                doneAt,
                owner,
                names.getOrDefault(owner, "?"),
                ownerId != null,
                doneBy == null ? null : names.getOrDefault(doneBy, "?"),
                status == TaskStatus.OPEN && dueDate.isBefore(today),
                checklist.stream()
                        .map(i -> new CtaTaskView.Item(i.label(), i.done()))
                        .toList());
    }
}
