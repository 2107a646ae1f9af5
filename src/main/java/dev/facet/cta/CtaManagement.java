package dev.facet.cta;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.LifecycleStage;
import dev.facet.account.Sentiment;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.playbook.PlaybookVersionView;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CTAs as their owners, managers and the CRM work them: made by hand, tasks done or not applicable,
 * comments, snooze, due dates, ownership, closing, deleting, and logging an onboarding delay.
 * Object rules are checked here: a CTA is worked by its owner or a manager.
 */
@Service
@Transactional
public class CtaManagement {

    /** A CTA made by hand without a playbook is due this many days after its start unless told. */
    static final int DEFAULT_DUE_DAYS = 30;

    private final CtaRepository ctas;
    private final CockpitQueries cockpitQueries;
    private final RiskFlags riskFlags;
    private final CtaCommentRepository comments;
    private final CtaFiringRepository firings;
    private final RuleBook rules;
    private final Routing routing;
    private final AccountManagement accounts;
    private final PlaybookManagement playbooks;
    private final TimelineManagement timeline;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CtaManagement(
            CtaRepository ctas,
            CockpitQueries cockpitQueries,
            RiskFlags riskFlags,
            CtaCommentRepository comments,
            CtaFiringRepository firings,
            RuleBook rules,
            Routing routing,
            AccountManagement accounts,
            PlaybookManagement playbooks,
            TimelineManagement timeline,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ctas = ctas;
        this.cockpitQueries = cockpitQueries;
        this.riskFlags = riskFlags;
        this.comments = comments;
        this.firings = firings;
        this.rules = rules;
        this.routing = routing;
        this.accounts = accounts;
        this.playbooks = playbooks;
        this.timeline = timeline;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public CtaDetail detail(UUID ctaId) {
        Cta cta = load(ctaId);
        List<CtaComment> thread = comments.findByCtaIdOrderByCreatedAtAsc(ctaId);
        Set<UUID> people = new HashSet<>();
        people.add(cta.ownerId());
        if (cta.sourceUserId() != null) {
            people.add(cta.sourceUserId());
        }
        thread.forEach(c -> people.add(c.authorId()));
        people.addAll(cta.taskPeople());
        Map<UUID, UserReference> names = users.references(people);
        return cta.detail(
                accountName(cta.accountId()),
                nameOf(names, cta.ownerId()),
                cta.sourceUserId() == null ? null : nameOf(names, cta.sourceUserId()),
                today(),
                thread.stream().map(c -> c.view(nameOf(names, c.authorId()))).toList(),
                firings.findByCtaIdOrderByFiredAtAsc(ctaId).stream()
                        .map(CtaFiring::view)
                        .toList(),
                displayNames(names));
    }

    /**
     * The cockpit: the CTAs of the owners the filter names, sorted by one column (the id breaks ties),
     * in a fixed number of statements whatever the page holds.
     */
    @Transactional(readOnly = true)
    public Page<CockpitEntry> cockpit(
            CockpitFilter filter, CockpitSort sort, Sort.Direction direction, Pageable pageable) {
        LocalDate today = today();
        Page<CockpitQueries.Row> rows =
                cockpitQueries.rows(filter, sort, direction, today, today.plusDays(CtaSummary.DUE_SOON_DAYS), pageable);
        Map<UUID, Cta> found = ctas
                .findAllById(rows.map(CockpitQueries.Row::ctaId).getContent())
                .stream()
                .collect(Collectors.toMap(Cta::id, c -> c));
        List<Cta> ordered = rows.getContent().stream()
                .map(r -> found.get(r.ctaId()))
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<UUID, CtaSummary> summaries =
                summaries(ordered, today).stream().collect(Collectors.toMap(CtaSummary::id, c -> c));
        return rows.map(r -> new CockpitEntry(summaries.get(r.ctaId()), r.gemstone()));
    }

    @Transactional(readOnly = true)
    public long snoozedCount(List<UUID> ownerIds) {
        return ctas.countSnoozed(ownerIds, today());
    }

    /** Every CTA of an account, open ones first. */
    @Transactional(readOnly = true)
    public List<CtaSummary> ofAccount(UUID accountId) {
        return summaries(ctas.findByAccount(accountId), today());
    }

    /** Every CTA of an account with its tasks, for the API. */
    @Transactional(readOnly = true)
    public List<CtaDetail> ofAccountWithTasks(UUID accountId) {
        List<Cta> found = ctas.findByAccount(accountId);
        LocalDate today = today();
        Map<UUID, UserReference> names = users.references(found.stream()
                .flatMap(c -> Stream.concat(Stream.of(c.ownerId(), c.sourceUserId()), c.taskPeople().stream()))
                .filter(java.util.Objects::nonNull)
                .toList());
        String accountName = found.isEmpty() ? "" : accountName(accountId);
        return found.stream()
                .map(c -> c.detail(
                        accountName,
                        nameOf(names, c.ownerId()),
                        c.sourceUserId() == null ? null : nameOf(names, c.sourceUserId()),
                        today,
                        List.of(),
                        List.of(),
                        displayNames(names)))
                .toList();
    }

    private static Map<UUID, String> displayNames(Map<UUID, UserReference> names) {
        return names.values().stream().collect(Collectors.toMap(UserReference::id, UserReference::displayName));
    }

    // ---- making ----

    /** "+ CTA": a TAM makes one for themself, a manager for anyone; an integration too, via the API. */
    public UUID create(NewCta request, CtaActor actor) {
        AccountView account = accounts.get(request.accountId());
        if (!actor.manager() && !request.ownerId().equals(actor.userId())) {
            throw new AccessDeniedToObjectException("A TAM makes CTAs for themself; managers for anyone");
        }
        if (!actor.manager() && !java.util.Objects.equals(account.tamId(), actor.userId())) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager makes CTAs for it");
        }
        UserView owner = users.find(request.ownerId())
                .filter(UserView::active)
                .filter(u -> u.roles().contains(Role.TAM) || u.roles().contains(Role.MANAGER))
                .orElseThrow(() -> new InvalidInputException(
                        "owner", "cta.owner.notTam", "The owner must be an active TAM or manager"));
        if (request.type() == CtaType.ONBOARDING
                && !rules.current(TriggerRule.BY_HAND).enabled()) {
            throw new InvalidInputException(
                    "type", "cta.byHand.off", "Making onboarding CTAs by hand is switched off by an admin");
        }
        ctas.lockAccount(account.id());
        CtaReason reason = request.reason() != null ? request.reason() : defaultReason(request.type(), account.id());
        if (ctas.findOpen(account.id(), request.type())
                .filter(open -> open.reason() == reason)
                .isPresent()) {
            throw new ConflictException(
                    "type", "The account has an open " + request.type() + " CTA for " + reason + " already");
        }
        PlaybookVersionView playbook =
                request.playbookTemplateId() == null ? null : playbooks.currentVersionOf(request.playbookTemplateId());
        LocalDate dueDate = request.dueDate() != null
                ? request.dueDate()
                : request.startDate().plusDays(playbook != null ? playbook.targetDays() : DEFAULT_DUE_DAYS);
        Cta cta = Cta.byHand(
                account.id(),
                request.type(),
                reason,
                request.priority(),
                owner.id(),
                request.startDate(),
                dueDate,
                actor.userId(),
                actor.name(),
                clock.instant());
        if (playbook != null) {
            cta.follow(playbook);
        }
        ctas.saveAndFlush(cta);
        if (request.type() == CtaType.ONBOARDING) {
            accounts.moveToStage(account.id(), LifecycleStage.ONBOARDING);
        }
        events.publishEvent(new CtaOpened(
                cta.id(), cta.accountId(), cta.type(), reason, owner.id(), cta.startDate(), cta.playbookVersionId()));
        return cta.id();
    }

    private CtaReason defaultReason(CtaType type, UUID accountId) {
        return switch (type) {
            case ONBOARDING, ASSIGN_TAM ->
                ctas.existsByAccountIdAndTypeAndClosedDateIsNotNull(accountId, CtaType.ONBOARDING)
                        ? CtaReason.EXISTING_CUSTOMER
                        : CtaReason.NEW_CUSTOMER;
            case RISK -> CtaReason.NON_ENGAGED;
            case EXPANSION -> CtaReason.EXPANSION_OPPORTUNITY;
            case ACTIVITY -> CtaReason.OTHER;
        };
    }

    // ---- working ----

    /**
     * Closes the CTA; {@code closedDate} null means today (the actor's), and it may not be after it.
     * With tasks still open it closes only when {@code openTasksConfirmed}, else the refusal says how
     * many. Closing an onboarding moves the account to ADOPTION; closing the account's last open RISK
     * item clears its risk flag (DOMAIN 8).
     */
    public void close(
            UUID ctaId,
            CtaStatus status,
            @Nullable LocalDate closedDate,
            @Nullable Long version,
            boolean openTasksConfirmed,
            CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, version);
        LocalDate today = LocalDate.now(clock.withZone(actor.zone()));
        LocalDate closedOn = closedDate != null ? closedDate : today;
        cta.close(status, closedOn, today, openTasksConfirmed, clock.instant());
        ctas.saveAndFlush(cta);
        if (cta.type() == CtaType.ONBOARDING) {
            accounts.moveToStage(cta.accountId(), LifecycleStage.ADOPTION);
        }
        if (cta.type() == CtaType.RISK) {
            riskFlags.afterRiskItemClosed(cta.accountId(), actor);
        }
        events.publishEvent(new CtaClosed(cta.id(), cta.accountId(), cta.type(), status, closedOn));
    }

    /**
     * DOMAIN 3: the owner or a manager reopens a closed CTA, unless the account has another open one
     * of the same type and reason (never two). The thread and the account's timeline say who and why;
     * an onboarding takes the account back to ONBOARDING (its time-to-value figures follow, as they
     * are read from the open CTA), a RISK item flags the account at risk again.
     */
    public void reopen(UUID ctaId, @Nullable String reason, @Nullable Long version, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, version);
        UUID author = requireUser(actor);
        ctas.lockAccount(cta.accountId());
        if (ctas.existsByAccountIdAndTypeAndReasonAndClosedDateIsNull(cta.accountId(), cta.type(), cta.reason())) {
            throw new ConflictException(
                    "status", "The account has another open CTA of this type and reason: close that one first");
        }
        LocalDate closedOn = cta.closedDate();
        cta.reopen(clock.instant());
        ctas.saveAndFlush(cta);
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        Instant now = clock.instant();
        comments.save(new CtaComment(
                cta.id(),
                author,
                CommentKind.REOPENED,
                "%s reopened it (closed on %s)%s".formatted(actor.name(), closedOn, why),
                now));
        timeline.record(new NewTimelineEntry(
                cta.accountId(),
                TimelineEntryType.UPDATE,
                LocalDate.now(clock.withZone(actor.zone())),
                author,
                null,
                "Reopened the %s CTA closed on %s%s".formatted(cta.type().label(), closedOn, why)));
        if (cta.type() == CtaType.ONBOARDING) {
            accounts.moveToStage(cta.accountId(), LifecycleStage.ONBOARDING);
        }
        if (cta.type() == CtaType.RISK) {
            accounts.flagAtRisk(cta.accountId());
            timeline.record(new NewTimelineEntry(
                    cta.accountId(),
                    TimelineEntryType.AT_RISK_UPDATE,
                    LocalDate.now(clock.withZone(actor.zone())),
                    author,
                    null,
                    "Flagged at risk again: its Risk CTA was reopened" + why));
        }
        events.publishEvent(new CtaReopened(cta.id(), cta.accountId(), cta.type()));
    }

    /** Sets a task's state: DONE, NOT_APPLICABLE (a note is required) or OPEN again. */
    public void setTaskStatus(UUID ctaId, UUID taskId, TaskStatus status, @Nullable String note, CtaActor actor) {
        Cta cta = loadForTask(ctaId, taskId, actor);
        cta.requireOpen();
        CtaTask task = cta.task(taskId);
        Instant now = clock.instant();
        switch (status) {
            case DONE -> task.complete(actor.userId(), now);
            case NOT_APPLICABLE -> task.markNotApplicable(note, actor.userId(), now);
            case OPEN -> task.reopen();
        }
        cta.workStarted(now);
        ctas.saveAndFlush(cta);
    }

    public void markChecklistItem(UUID ctaId, UUID taskId, int index, boolean done, CtaActor actor) {
        Cta cta = loadForTask(ctaId, taskId, actor);
        cta.requireOpen();
        cta.task(taskId).markChecklistItem(index, done);
        cta.workStarted(clock.instant());
        ctas.saveAndFlush(cta);
    }

    /**
     * The CTA's owner or a manager gives a task to another active TAM or manager (it then shows in
     * their cockpit and digest); giving it to the CTA's owner makes it follow the CTA again.
     */
    public void assignTask(UUID ctaId, UUID taskId, UUID ownerId, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, null);
        cta.requireOpen();
        boolean mayOwn = users.find(ownerId)
                .filter(UserView::active)
                .filter(u -> u.roles().contains(Role.TAM) || u.roles().contains(Role.MANAGER))
                .isPresent();
        if (!mayOwn) {
            throw new InvalidInputException(
                    "ownerId", "cta.owner.notTam", "The owner must be an active TAM or manager");
        }
        cta.task(taskId).assignTo(ownerId, cta.ownerId());
        cta.workStarted(clock.instant());
        ctas.saveAndFlush(cta);
    }

    /** Moves an open task's due date, and with {@code moveLater} the open tasks after it by as many days. */
    public void moveTaskDueDate(UUID ctaId, UUID taskId, LocalDate dueDate, boolean moveLater, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, null);
        cta.moveTaskDueDate(taskId, dueDate, moveLater, clock.instant());
        ctas.saveAndFlush(cta);
    }

    /** Anyone who may work the account's CTAs may comment; the comment keeps its author. */
    public void comment(UUID ctaId, String body, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, null);
        comments.save(new CtaComment(cta.id(), requireUser(actor), CommentKind.COMMENT, body, clock.instant()));
        if (cta.isOpen()) {
            cta.workStarted(clock.instant());
        }
    }

    public void snooze(UUID ctaId, LocalDate until, String reason, CtaActor actor) {
        loadForWork(ctaId, actor, null)
                .snooze(
                        until,
                        reason,
                        LocalDate.now(clock.withZone(actor.zone())),
                        routing.settings().snoozeMaxDays(),
                        clock.instant());
    }

    public void wake(UUID ctaId, CtaActor actor) {
        loadForWork(ctaId, actor, null).wake(clock.instant());
    }

    public void moveDueDate(UUID ctaId, LocalDate dueDate, boolean moveOpenTasks, long version, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, version);
        cta.moveDueDate(dueDate, moveOpenTasks, clock.instant());
        ctas.saveAndFlush(cta);
    }

    /** The account's TAM or a manager takes the CTA over; the thread records it. */
    public void takeOwnership(UUID ctaId, CtaActor actor) {
        Cta cta = load(ctaId);
        UUID userId = requireUser(actor);
        if (userId.equals(cta.ownerId())) {
            return;
        }
        AccountView account = accounts.get(cta.accountId());
        if (!actor.manager() && !userId.equals(account.tamId())) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager may take this CTA over");
        }
        String previous = users.find(cta.ownerId()).map(UserView::displayName).orElse("?");
        cta.changeOwner(userId, clock.instant());
        ctas.saveAndFlush(cta);
        comments.save(new CtaComment(
                cta.id(),
                userId,
                CommentKind.OWNERSHIP,
                "%s took ownership from %s".formatted(actor.name(), previous),
                clock.instant()));
    }

    /**
     * A manager gives the CTA to another active TAM or manager; the thread records it. Within the
     * owner's reach only: a TAM hands over their CTAs by asking a manager.
     */
    public void reassign(UUID ctaId, UUID newOwnerId, CtaActor actor) {
        Cta cta = load(ctaId);
        UUID by = requireUser(actor);
        if (!actor.manager()) {
            throw new AccessDeniedToObjectException("Only a manager reassigns CTAs");
        }
        cta.requireOpen();
        if (newOwnerId.equals(cta.ownerId())) {
            throw new InvalidInputException("ownerId", "cta.bulk.refused.sameOwner", "It is theirs already");
        }
        UserView owner = users.find(newOwnerId)
                .filter(UserView::active)
                .filter(u -> u.roles().contains(Role.TAM) || u.roles().contains(Role.MANAGER))
                .orElseThrow(() -> new InvalidInputException(
                        "ownerId", "cta.owner.notTam", "The new owner must be an active TAM or manager"));
        String previous = users.find(cta.ownerId()).map(UserView::displayName).orElse("?");
        cta.changeOwner(owner.id(), clock.instant());
        ctas.saveAndFlush(cta);
        comments.save(new CtaComment(
                cta.id(),
                by,
                CommentKind.OWNERSHIP,
                "%s gave it from %s to %s".formatted(actor.name(), previous, owner.displayName()),
                clock.instant()));
    }

    /** DOMAIN 3: only the owner deletes, and only CTAs made by hand; rule-made ones are closed. */
    public void delete(UUID ctaId, CtaActor actor) {
        Cta cta = load(ctaId);
        if (cta.madeByRule()) {
            throw new ConflictException("source", "CTAs made by a rule are closed, not deleted");
        }
        if (!cta.ownerId().equals(actor.userId())) {
            throw new AccessDeniedToObjectException("Only the CTA's owner may delete it; take ownership first");
        }
        ctas.delete(cta);
    }

    /**
     * DOMAIN 8: the delay goes into the CTA's comments and, with the revised sentiment, onto the
     * timeline as an UPDATE; a customer-side delay flags the account at risk and opens the RISK triage
     * item for the TAM (or adds to the open one). All in one transaction.
     */
    public void logDelay(UUID ctaId, DelayCause cause, String reason, Sentiment sentiment, CtaActor actor) {
        Cta cta = loadForWork(ctaId, actor, null);
        UUID author = requireUser(actor);
        String text =
                (cause == DelayCause.CUSTOMER_SIDE ? "Customer-side delay: " : "Delay on our side: ") + reason.strip();
        Instant now = clock.instant();
        comments.save(new CtaComment(cta.id(), author, CommentKind.DELAY, text, now));
        if (cta.isOpen()) {
            cta.workStarted(now);
        }
        timeline.record(new NewTimelineEntry(
                cta.accountId(), TimelineEntryType.UPDATE, today(), author, sentiment, "Onboarding delay. " + text));
        if (cause == DelayCause.CUSTOMER_SIDE) {
            openRiskItem(cta, author, text);
        }
    }

    private void openRiskItem(Cta onboarding, UUID author, String text) {
        AccountView account = accounts.get(onboarding.accountId());
        accounts.flagAtRisk(account.id());
        ctas.lockAccount(account.id());
        var open = ctas.findOpen(account.id(), CtaType.RISK).filter(c -> c.reason() == CtaReason.NON_ENGAGED);
        if (open.isPresent()) {
            comments.save(new CtaComment(open.get().id(), author, CommentKind.DELAY, text, clock.instant()));
            return;
        }
        UUID owner = account.tamId() != null ? account.tamId() : onboarding.ownerId();
        LocalDate today = today();
        Cta risk = Cta.byHand(
                account.id(),
                CtaType.RISK,
                CtaReason.NON_ENGAGED,
                CtaPriority.HIGH,
                owner,
                today,
                today.plusDays(routing.settings().riskDueDays()),
                author,
                null,
                clock.instant());
        ctas.saveAndFlush(risk);
        comments.save(new CtaComment(risk.id(), author, CommentKind.DELAY, text, clock.instant()));
        events.publishEvent(
                new CtaOpened(risk.id(), risk.accountId(), CtaType.RISK, CtaReason.NON_ENGAGED, owner, today, null));
    }

    // ---- for other modules ----

    /** The CTA as lists show it, or empty when there is none (never made, or deleted). */
    @Transactional(readOnly = true)
    public Optional<CtaSummary> find(UUID ctaId) {
        return ctas.findById(ctaId).map(cta -> summaries(List.of(cta), today()).getFirst());
    }

    /**
     * Adds a task to an open CTA on behalf of the system (another module's reaction, not a user), once
     * per title: while the CTA has a task with this title, whatever its state, nothing is added again.
     *
     * @return the id of the task with this title, added now or earlier
     */
    public UUID addTask(UUID ctaId, String title, String description, LocalDate dueDate) {
        Cta cta = load(ctaId);
        Optional<CtaTask> existing = cta.taskTitled(title);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        cta.requireOpen();
        CtaTask task = cta.addTask(title, description, dueDate, clock.instant());
        ctas.saveAndFlush(cta);
        return task.id();
    }

    /** The system marks the CTA's open task with this title done; nothing happens when there is none. */
    public void completeTask(UUID ctaId, String title) {
        ctas.findById(ctaId)
                .filter(Cta::isOpen)
                .flatMap(cta -> cta.taskTitled(title))
                .filter(task -> task.status() == TaskStatus.OPEN)
                .ifPresent(task -> task.complete(null, clock.instant()));
    }

    // ---- helpers ----

    private Cta loadForWork(UUID ctaId, CtaActor actor, @Nullable Long version) {
        Cta cta = load(ctaId);
        if (!actor.manager() && !cta.ownerId().equals(actor.userId())) {
            throw new AccessDeniedToObjectException("Only the CTA's owner or a manager may change it");
        }
        if (version != null && cta.version() != version) {
            throw new StaleEditException("CTA");
        }
        return cta;
    }

    /** A task is worked by the CTA's owner, a manager, or the person it was given to. */
    private Cta loadForTask(UUID ctaId, UUID taskId, CtaActor actor) {
        Cta cta = load(ctaId);
        boolean taskOwner =
                actor.userId() != null && actor.userId().equals(cta.task(taskId).ownerId());
        if (!actor.manager() && !cta.ownerId().equals(actor.userId()) && !taskOwner) {
            throw new AccessDeniedToObjectException(
                    "Only the CTA's owner, a manager or the task's owner may change it");
        }
        return cta;
    }

    private Cta load(UUID ctaId) {
        return ctas.findById(ctaId).orElseThrow(() -> new NotFoundException("CTA", ctaId));
    }

    private static UUID requireUser(CtaActor actor) {
        if (actor.userId() == null) {
            throw new AccessDeniedToObjectException("Only a signed-in user can do this");
        }
        return actor.userId();
    }

    private List<CtaSummary> summaries(List<Cta> found, LocalDate today) {
        Map<UUID, UserReference> names =
                users.references(found.stream().map(Cta::ownerId).toList());
        Map<UUID, String> accountNames =
                accounts.names(found.stream().map(Cta::accountId).toList());
        return found.stream()
                .map(c -> c.summary(accountNames.getOrDefault(c.accountId(), "?"), nameOf(names, c.ownerId()), today))
                .toList();
    }

    private Page<CtaSummary> toSummaries(Page<Cta> page, LocalDate today) {
        List<CtaSummary> content = summaries(page.getContent(), today);
        return new org.springframework.data.domain.PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    private static String nameOf(Map<UUID, UserReference> names, UUID userId) {
        UserReference user = names.get(userId);
        return user == null ? "?" : user.displayName();
    }

    /** Only the name: loading the whole account would fetch its opportunities and contacts too. */
    private String accountName(UUID accountId) {
        return accounts.names(List.of(accountId)).getOrDefault(accountId, "?");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
