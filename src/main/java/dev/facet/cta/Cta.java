package dev.facet.cta;

import dev.facet.cta.rules.RuleFiring;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.playbook.PlaybookTaskView;
import dev.facet.playbook.PlaybookVersionView;
import dev.facet.shared.ConflictException;
import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A call to action (DOMAIN 3): one owner's work about one account, with its playbook's tasks. */
@Entity
@Table(name = "cta")
class Cta {

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private CtaType type;

    @Enumerated(EnumType.STRING)
    private CtaReason reason;

    @Enumerated(EnumType.STRING)
    private CtaStatus status;

    @Enumerated(EnumType.STRING)
    private CtaPriority priority;

    private UUID ownerId;
    private LocalDate startDate;
    private LocalDate dueDate;
    private @Nullable LocalDate closedDate;
    private @Nullable LocalDate snoozedUntil;
    private @Nullable String snoozeReason;

    @Enumerated(EnumType.STRING)
    private @Nullable TriggerRule sourceRule;

    private @Nullable Integer sourceRuleVersion;
    private @Nullable String sourceInputs;
    private @Nullable UUID sourceUserId;
    private @Nullable String sourceIntegration;
    private @Nullable UUID playbookVersionId;
    private @Nullable String playbookName;
    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "cta", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CtaTask> tasks = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected Cta() {}

    private Cta(
            UUID accountId,
            CtaType type,
            CtaReason reason,
            CtaPriority priority,
            UUID ownerId,
            LocalDate startDate,
            LocalDate dueDate,
            Instant now) {
        if (dueDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    "dueDate", "cta.dueBeforeStart", "The due date may not precede the start date");
        }
        this.id = Ids.newId();
        this.accountId = accountId;
        this.type = type;
        this.reason = reason;
        this.status = CtaStatus.NEW;
        this.priority = priority;
        this.ownerId = ownerId;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Made by a trigger rule; the firing is its source. */
    static Cta fromRule(
            UUID accountId,
            CtaType type,
            CtaReason reason,
            UUID ownerId,
            LocalDate startDate,
            LocalDate dueDate,
            RuleFiring firing,
            Instant now) {
        Cta cta = new Cta(accountId, type, reason, CtaPriority.HIGH, ownerId, startDate, dueDate, now);
        cta.takeSource(firing);
        return cta;
    }

    /** Made by a user ("+ CTA"), or by an integration through the API when {@code userId} is null. */
    static Cta byHand(
            UUID accountId,
            CtaType type,
            CtaReason reason,
            CtaPriority priority,
            UUID ownerId,
            LocalDate startDate,
            LocalDate dueDate,
            @Nullable UUID userId,
            @Nullable String integration,
            Instant now) {
        Cta cta = new Cta(accountId, type, reason, priority, ownerId, startDate, dueDate, now);
        cta.sourceUserId = userId;
        cta.sourceIntegration = userId == null ? integration : null;
        return cta;
    }

    /** Copies the playbook version's tasks, due from the start date; the CTA keeps that version. */
    void follow(PlaybookVersionView playbook) {
        this.playbookVersionId = playbook.id();
        this.playbookName = playbook.templateName();
        for (PlaybookTaskView task : playbook.tasks()) {
            tasks.add(new CtaTask(
                    this,
                    task.position(),
                    task.title(),
                    task.description(),
                    startDate.plusDays(task.dueOffsetDays()),
                    task.checklist()));
        }
    }

    /** The same or another rule fired again while this CTA is open: it keeps the newest inputs. */
    void takeSource(RuleFiring firing) {
        this.sourceRule = firing.rule();
        this.sourceRuleVersion = firing.version();
        this.sourceInputs = firing.inputs();
    }

    boolean isOpen() {
        return !status.isClosed();
    }

    boolean madeByRule() {
        return sourceRule != null;
    }

    /**
     * DOMAIN 3: closed with one of the closed statuses on a day between its start and today; with
     * tasks still open only when the person confirmed it ({@code openTasksConfirmed}).
     */
    void close(CtaStatus closedStatus, LocalDate closedOn, LocalDate today, boolean openTasksConfirmed, Instant now) {
        requireOpen();
        if (!closedStatus.isClosed()) {
            throw new InvalidInputException("status", "cta.close.notClosedStatus", "Choose one of the closed statuses");
        }
        if (closedOn.isBefore(startDate)) {
            throw new InvalidInputException(
                    "closedDate", "cta.close.beforeStart", "The closed date may not precede the start date");
        }
        if (closedOn.isAfter(today)) {
            throw new InvalidInputException("closedDate", "cta.close.future", "The closed date may not be after today");
        }
        long open = openTasks();
        if (open > 0 && !openTasksConfirmed) {
            throw new InvalidInputException(
                    "confirmOpenTasks", "cta.close.openTasks", open + " tasks are still open", open);
        }
        this.status = closedStatus;
        this.closedDate = closedOn;
        this.snoozedUntil = null;
        this.snoozeReason = null;
        this.updatedAt = now;
    }

    /** A closed CTA goes back to work: its tasks stay as they were, its closed date is gone. */
    void reopen(Instant now) {
        if (isOpen()) {
            throw new ConflictException("status", "The CTA is open");
        }
        this.status = CtaStatus.WORK_IN_PROGRESS;
        this.closedDate = null;
        this.updatedAt = now;
    }

    /** The people the tasks name: their own owners and who did them. */
    java.util.Set<UUID> taskPeople() {
        java.util.Set<UUID> people = new java.util.HashSet<>();
        tasks.forEach(t -> {
            if (t.ownerId() != null) {
                people.add(t.ownerId());
            }
            if (t.doneBy() != null) {
                people.add(t.doneBy());
            }
        });
        return people;
    }

    /**
     * Moves one open task's due date; with {@code moveLater} the open tasks after it in the playbook
     * move by the same number of days. A due date before the CTA's start is refused.
     */
    void moveTaskDueDate(UUID taskId, LocalDate newDueDate, boolean moveLater, Instant now) {
        requireOpen();
        CtaTask task = task(taskId);
        if (task.status() != TaskStatus.OPEN) {
            throw new ConflictException("status", "The task is done already");
        }
        if (newDueDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    "dueDate", "cta.task.dueBeforeStart", "A task is not due before the CTA starts");
        }
        long days = ChronoUnit.DAYS.between(task.dueDate(), newDueDate);
        task.moveDueDate(newDueDate);
        if (moveLater) {
            tasks.stream()
                    .filter(t -> t.position() > task.position() && t.status() == TaskStatus.OPEN)
                    .forEach(t -> t.shiftDueDate(days));
        }
        this.updatedAt = now;
    }

    long openTasks() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).count();
    }

    /** Snoozed until a day after today and no more than {@code maxDays} ahead (an admin setting). */
    void snooze(LocalDate until, String reason, LocalDate today, int maxDays, Instant now) {
        requireOpen();
        if (!until.isAfter(today)) {
            throw new InvalidInputException("until", "cta.snooze.future", "Snooze until a date after today");
        }
        if (until.isAfter(today.plusDays(maxDays))) {
            throw new InvalidInputException(
                    "until", "cta.snooze.tooLong", "Snooze for at most " + maxDays + " days", maxDays);
        }
        this.snoozedUntil = until;
        this.snoozeReason = reason.strip();
        this.updatedAt = now;
    }

    void wake(Instant now) {
        this.snoozedUntil = null;
        this.snoozeReason = null;
        this.updatedAt = now;
    }

    /** Moves the due date; with {@code moveOpenTasks} every open task moves by the same number of days. */
    void moveDueDate(LocalDate newDueDate, boolean moveOpenTasks, Instant now) {
        requireOpen();
        if (newDueDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    "dueDate", "cta.dueBeforeStart", "The due date may not precede the start date");
        }
        long days = ChronoUnit.DAYS.between(dueDate, newDueDate);
        this.dueDate = newDueDate;
        if (moveOpenTasks) {
            tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).forEach(t -> t.shiftDueDate(days));
        }
        this.updatedAt = now;
    }

    void changeOwner(UUID newOwner, Instant now) {
        this.ownerId = newOwner;
        this.updatedAt = now;
    }

    CtaTask task(UUID taskId) {
        return tasks.stream()
                .filter(t -> t.id().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    Optional<CtaTask> taskTitled(String title) {
        return tasks.stream().filter(t -> t.title().equals(title)).findFirst();
    }

    /** A task that is not from the playbook, after the others. */
    CtaTask addTask(String title, String description, LocalDate taskDueDate, Instant now) {
        int position = tasks.stream().mapToInt(CtaTask::position).max().orElse(0) + 1;
        CtaTask task = new CtaTask(this, position, title, description, taskDueDate, List.of());
        tasks.add(task);
        this.updatedAt = now;
        return task;
    }

    /** Any work on a task or comment moves a NEW CTA into progress. */
    void workStarted(Instant now) {
        if (status == CtaStatus.NEW) {
            status = CtaStatus.WORK_IN_PROGRESS;
        }
        this.updatedAt = now;
    }

    void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException("status", "This CTA is closed");
        }
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    CtaType type() {
        return type;
    }

    CtaReason reason() {
        return reason;
    }

    @Nullable
    LocalDate closedDate() {
        return closedDate;
    }

    CtaStatus status() {
        return status;
    }

    UUID ownerId() {
        return ownerId;
    }

    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    UUID sourceUserId() {
        return sourceUserId;
    }

    @Nullable
    RuleFiring source() {
        return sourceRule == null || sourceRuleVersion == null || sourceInputs == null
                ? null
                : new RuleFiring(sourceRule, sourceRuleVersion, sourceInputs);
    }

    @Nullable
    UUID playbookVersionId() {
        return playbookVersionId;
    }

    List<CtaTask> tasks() {
        return tasks;
    }

    long version() {
        return version == null ? 0 : version;
    }

    boolean snoozed(LocalDate today) {
        return snoozedUntil != null && snoozedUntil.isAfter(today);
    }

    CtaSummary summary(String accountName, String ownerName, LocalDate today) {
        long open = openTasks();
        long overdue = tasks.stream()
                .filter(t -> t.status() == TaskStatus.OPEN && t.dueDate().isBefore(today))
                .count();
        LocalDate weekEnd = today.plusDays(CtaSummary.DUE_SOON_DAYS);
        long dueSoon = tasks.stream()
                .filter(t -> t.status() == TaskStatus.OPEN
                        && !t.dueDate().isBefore(today)
                        && !t.dueDate().isAfter(weekEnd))
                .count();
        return new CtaSummary(
                id,
                accountId,
                accountName,
                type,
                reason,
                status,
                priority,
                ownerId,
                ownerName,
                startDate,
                dueDate,
                closedDate,
                snoozed(today) ? snoozedUntil : null,
                open,
                overdue,
                dueSoon,
                today);
    }

    CtaDetail detail(
            String accountName,
            String ownerName,
            @Nullable String sourceUserName,
            LocalDate today,
            List<CtaCommentView> comments,
            List<CtaFiringView> firings,
            java.util.Map<UUID, String> names) {
        return new CtaDetail(
                summary(accountName, ownerName, today),
                snoozedUntil,
                snoozeReason,
                source(),
                sourceUserId,
                sourceUserName,
                sourceIntegration,
                playbookName,
                playbookVersionId,
                tasks.stream().map(t -> t.view(today, ownerId, names)).toList(),
                comments,
                firings,
                version());
    }
}
