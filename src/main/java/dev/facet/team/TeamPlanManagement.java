package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.team.rules.DueDatePolicy;
import dev.facet.team.rules.DueStatePolicy;
import dev.facet.team.rules.GraduationPolicy;
import dev.facet.team.rules.PlanAccessPolicy;
import dev.facet.team.rules.PlanParticipants;
import dev.facet.team.rules.PlanProgressCalculator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New hires' onboarding plans (DOMAIN 10). A manager starts a plan for a TAM who reports to them (or
 * to nobody yet), with an active TAM as buddy; the plan pins the template's current version and gets
 * one item per template item, due by the end of its month ({@link DueDatePolicy}). Who may see, tick
 * and end a plan is decided here ({@link PlanAccessPolicy}), so an id typed into a URL changes
 * nothing. Pages cost a fixed number of statements: a plan five (eight with its graduation check), a
 * page of a list four or five (eight with the running plans' pace). Graduation is confirmed here too.
 */
@Service
@Transactional
public class TeamPlanManagement {

    /** How far a start date may lie from today, either way: a typo guard, not a rule of the handbook. */
    static final int MAX_START_DISTANCE_DAYS = 365;

    /** The column's size. */
    static final int MAX_GRADUATION_NOTE = 2000;

    private final TeamPlanRepository plans;
    private final PlanItemRepository items;
    private final PlanTemplateVersionRepository templateVersions;
    private final PlanTemplateSectionRepository sections;
    private final PlanTemplateCriterionRepository criteria;
    private final PlanTemplateItemRepository templateItems;
    private final UserManagement users;
    private final ShadowingManagement shadowing;
    private final GraduationQueries graduationQueries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamPlanManagement(
            TeamPlanRepository plans,
            PlanItemRepository items,
            PlanTemplateVersionRepository templateVersions,
            PlanTemplateSectionRepository sections,
            PlanTemplateCriterionRepository criteria,
            PlanTemplateItemRepository templateItems,
            UserManagement users,
            ShadowingManagement shadowing,
            GraduationQueries graduationQueries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.items = items;
        this.templateVersions = templateVersions;
        this.sections = sections;
        this.criteria = criteria;
        this.templateItems = templateItems;
        this.users = users;
        this.shadowing = shadowing;
        this.graduationQueries = graduationQueries;
        this.events = events;
        this.clock = clock;
    }

    // ---- starting and ending a plan ----

    /** The people a plan can be started for and with; only managers and admins start plans. */
    @Transactional(readOnly = true)
    public StartOptions startOptions(CurrentUser starter) {
        requireStarter(starter);
        return new StartOptions(
                users.activeWithRole(Role.TAM),
                starter.isAdmin() ? users.activeWithRole(Role.MANAGER) : List.of(),
                starter.isAdmin());
    }

    /**
     * Starts a plan. Refusals name the field: the new hire must be an active TAM without a running plan
     * who reports to the plan's manager (or to nobody yet); the buddy an active TAM, neither the new
     * hire nor the manager, and not onboarding themselves (the handbook: buddies are established CSMs);
     * a manager starts plans as the plan's manager, an admin names any active manager.
     */
    public PlanHeader start(NewTeamPlan plan, CurrentUser starter) {
        requireStarter(starter);
        if (!starter.isAdmin() && !plan.managerId().equals(starter.id())) {
            throw new InvalidInputException("managerId", "team.plan.manager.notYou", "Managers start their own plans");
        }
        UserView newHire = user(plan.newHireId(), "newHireId");
        UserView manager = user(plan.managerId(), "managerId");
        UserView buddy = user(plan.buddyId(), "buddyId");
        if (!isActiveWith(newHire, Role.TAM)) {
            throw new InvalidInputException(
                    "newHireId", "team.plan.newHire.notTam", "The new hire must be an active TAM");
        }
        if (!isActiveWith(manager, Role.MANAGER)) {
            throw new InvalidInputException("managerId", "team.plan.manager.notManager", "Not an active manager");
        }
        if (manager.id().equals(newHire.id())) {
            throw new InvalidInputException("managerId", "team.plan.manager.isNewHire", "Nobody manages themselves");
        }
        if (newHire.managerId() != null && !newHire.managerId().equals(manager.id())) {
            throw new InvalidInputException(
                    "newHireId", "team.plan.newHire.otherManager", "The new hire reports to another manager");
        }
        if (!isActiveWith(buddy, Role.TAM)) {
            throw new InvalidInputException("buddyId", "team.plan.buddy.notTam", "The buddy must be an active TAM");
        }
        if (buddy.id().equals(newHire.id())) {
            throw new InvalidInputException("buddyId", "team.plan.buddy.isNewHire", "Nobody is their own buddy");
        }
        if (buddy.id().equals(manager.id())) {
            throw new InvalidInputException("buddyId", "team.plan.buddy.isManager", "The buddy is not the manager");
        }
        if (plans.onboarding(buddy.id())) {
            throw new InvalidInputException("buddyId", "team.plan.buddy.onboarding", "The buddy is onboarding");
        }
        LocalDate today = today(starter);
        if (Math.abs(plan.startDate().toEpochDay() - today.toEpochDay()) > MAX_START_DISTANCE_DAYS) {
            throw new InvalidInputException("startDate", "team.plan.startDate.range", "Start date too far off");
        }
        if (plans.onboarding(newHire.id())) {
            throw new ConflictException("newHireId", "The new hire has a running plan");
        }
        VersionHeader version = templateVersions
                .current(TeamPlanTemplateManagement.CSM_ONBOARDING)
                .orElseThrow(() -> new IllegalStateException("No plan template"));
        Instant now = clock.instant();
        var created =
                new TeamPlan(newHire.id(), manager.id(), buddy.id(), plan.startDate(), version.id(), starter.id(), now);
        try {
            // Flushed here so a plan started meanwhile for the same new hire is a conflict, not a 500 at commit.
            plans.saveAndFlush(created);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("newHireId", "The new hire has a running plan");
        }
        items.saveAll(templateItems.ofVersion(version.id()).stream()
                .map(PlanTemplateItem::view)
                .map(t -> new PlanItem(created.id(), t.id(), DueDatePolicy.dueDate(plan.startDate(), t.month())))
                .toList());
        events.publishEvent(
                new TeamPlanStarted(created.id(), newHire.id(), manager.id(), buddy.id(), plan.startDate()));
        return new PlanHeader(
                created.id(),
                reference(newHire),
                reference(manager),
                reference(buddy),
                plan.startDate(),
                PlanStatus.ACTIVE,
                version.version(),
                now,
                0,
                null,
                null,
                null);
    }

    /** Ends a running plan: its manager or an admin, on the version they saw. */
    public void cancel(UUID planId, long expectedVersion, CurrentUser actor) {
        TeamPlan plan = visiblePlan(planId, actor);
        if (!PlanAccessPolicy.mayManage(plan.participants(), actor.id(), actor.isAdmin())) {
            throw new AccessDeniedToObjectException("Only the plan's manager or an admin ends it");
        }
        if (plan.version() != expectedVersion) {
            throw new StaleEditException("The plan");
        }
        plan.cancel(clock.instant());
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("The plan");
        }
        events.publishEvent(new TeamPlanCancelled(plan.id(), plan.newHireId()));
    }

    // ---- graduation ----

    /**
     * The plan's graduation criteria checked against its items and the new hire's shadowing log since
     * the plan's start. Takes a plan its reader was allowed to read ({@link #plan}).
     */
    @Transactional(readOnly = true)
    public Graduation graduation(PlanView plan) {
        PlanHeader header = plan.header();
        ShadowingSummary summary = shadowing.summaryOf(header.newHire().id(), header.startDate());
        return graduation(plan, summary, plan.may().manage() && header.active());
    }

    /**
     * The plan's manager (or an admin) confirms that the new hire graduated: the plan becomes
     * GRADUATED, read-only, and the new hire takes accounts without a warning. Criteria not met need
     * an explicit override with a note saying why (the manager knows what the log cannot show, such
     * as calls shadowed before Facet); the note is kept on the plan.
     */
    public void confirmGraduation(UUID planId, long expectedVersion, @Nullable String note, CurrentUser actor) {
        TeamPlan plan = visiblePlan(planId, actor);
        if (!PlanAccessPolicy.mayManage(plan.participants(), actor.id(), actor.isAdmin())) {
            throw new AccessDeniedToObjectException("Only the plan's manager or an admin confirms graduation");
        }
        plan.requireActive();
        if (plan.version() != expectedVersion) {
            throw new StaleEditException("The plan");
        }
        String overrideNote = note == null || note.isBlank() ? null : note.strip();
        if (overrideNote != null && overrideNote.length() > MAX_GRADUATION_NOTE) {
            throw new InvalidInputException("note", "team.graduation.note.tooLong", "The note is too long");
        }
        Graduation graduation = graduation(plan(planId, actor));
        if (!graduation.allMet() && overrideNote == null) {
            throw new InvalidInputException(
                    "note", "team.graduation.unmet", "Criteria are not met: an override needs a note");
        }
        plan.graduate(today(actor), actor.id(), overrideNote, clock.instant());
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("The plan");
        }
        events.publishEvent(new TeamMemberGraduated(plan.newHireId(), plan.id()));
    }

    /**
     * Whether the user is still ramping up: they have a running plan. A user without any plan, or whose
     * plans were cancelled or graduated, counts as an established, graduated TAM (DOMAIN 10).
     */
    @Transactional(readOnly = true)
    public boolean isRamping(UUID userId) {
        return plans.onboarding(userId);
    }

    /** Those of {@code userIds} still ramping up, in one statement. */
    @Transactional(readOnly = true)
    public Set<UUID> rampingAmong(Collection<UUID> userIds) {
        return Set.copyOf(activePlansOf(userIds).keySet());
    }

    static Graduation graduation(PlanView plan, ShadowingSummary summary, boolean mayConfirm) {
        var facts = shadowingFacts(summary, plan.today());
        List<GraduationPolicy.CriterionCheck> checks = GraduationPolicy.check(
                plan.criteria().stream()
                        .map(c -> new GraduationPolicy.CriterionFacts(c.id(), c.evidence()))
                        .toList(),
                plan.items().stream()
                        .filter(i -> i.criterionId() != null)
                        .map(i -> new GraduationPolicy.ItemFacts(
                                Objects.requireNonNull(i.criterionId()), i.title(), i.open()))
                        .toList(),
                facts);
        List<GraduationCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            criteria.add(new GraduationCriterion(
                    plan.criteria().get(i),
                    checks.get(i).missing().stream()
                            .map(m -> new GraduationGap(m.code(), m.count(), m.detail()))
                            .toList()));
        }
        return new Graduation(criteria, summary, mayConfirm);
    }

    /** The log as graduation sees it: weeks finished before {@code today}, and which of them were short. */
    private static GraduationPolicy.ShadowingFacts shadowingFacts(ShadowingSummary summary, LocalDate today) {
        return new GraduationPolicy.ShadowingFacts(
                summary.weeks().stream()
                        .filter(w -> w.status() == WeekStatus.SHORT)
                        .map(ShadowingWeek::weekStart)
                        .toList(),
                (int) summary.weeks().stream()
                        .filter(w -> w.weekEnd().isBefore(today))
                        .count(),
                summary.rolePlays(),
                summary.rolePlaysAwaitingFeedback());
    }

    // ---- ticking items ----

    public void markDone(UUID planId, UUID itemId, CurrentUser actor) {
        PlanItem item = itemForWork(planId, itemId, actor);
        item.markDone(actor.id(), clock.instant());
        save(item);
    }

    /** Not applicable needs a note, as the handbook's "mark it complete and leave a note". */
    public void markNotApplicable(UUID planId, UUID itemId, @Nullable String note, CurrentUser actor) {
        PlanItem item = itemForWork(planId, itemId, actor);
        item.markNotApplicable(note, actor.id(), clock.instant());
        save(item);
    }

    public void reopen(UUID planId, UUID itemId, CurrentUser actor) {
        PlanItem item = itemForWork(planId, itemId, actor);
        item.reopen();
        save(item);
    }

    // ---- reading ----

    /** One plan, for its new hire, manager, buddy, or an admin; anyone else is refused. */
    @Transactional(readOnly = true)
    public PlanView plan(UUID planId, CurrentUser viewer) {
        PlanRow row = plans.row(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        requireVisible(participants(row), viewer);
        return view(row, viewer);
    }

    /** The reader's own running plan, as the new hire. */
    @Transactional(readOnly = true)
    public Optional<PlanView> myPlan(CurrentUser viewer) {
        return plans.activeOf(viewer.id()).map(row -> view(row, viewer));
    }

    /** A manager's plans (as the plan's manager), or every plan for an admin; running plans first. */
    @Transactional(readOnly = true)
    public Page<PlanListRow> plans(CurrentUser viewer, Pageable pageable) {
        Page<PlanRow> page;
        if (viewer.isAdmin()) {
            page = plans.everyPlan(pageable);
        } else if (viewer.isManager()) {
            page = plans.managedBy(viewer.id(), pageable);
        } else {
            throw new AccessDeniedToObjectException("Only managers and admins list plans");
        }
        Map<UUID, PlanListRow> rows = listRows(page.getContent(), today(viewer), paces(page.getContent(), viewer));
        return page.map(row -> Objects.requireNonNull(rows.get(row.id())));
    }

    /** The running plans where the reader is the buddy, each with the buddy's own items. */
    @Transactional(readOnly = true)
    public Page<BuddyPlan> buddyPlans(CurrentUser viewer, Pageable pageable) {
        Page<PlanRow> page = plans.buddiedBy(viewer.id(), pageable);
        LocalDate today = today(viewer);
        Map<UUID, PlanListRow> rows = listRows(page.getContent(), today, Map.of());
        Map<UUID, List<PlanItemView>> buddyItems = new HashMap<>();
        if (!page.isEmpty()) {
            for (PlanItemRow item : items.ofPlans(rows.keySet(), PlanAudience.BUDDY)) {
                buddyItems
                        .computeIfAbsent(item.planId(), id -> new ArrayList<>())
                        .add(itemView(item, today));
            }
        }
        return page.map(row -> new BuddyPlan(
                Objects.requireNonNull(rows.get(row.id())), buddyItems.getOrDefault(row.id(), List.of())));
    }

    /** Whether the user is the buddy of a running plan (so their team pages lead to the buddy page). */
    @Transactional(readOnly = true)
    public boolean isBuddy(UUID userId) {
        return plans.buddying(userId);
    }

    /**
     * The running plan of a new hire, if any. For graduation and assignment: DOMAIN 10 counts a user
     * without a plan as an established, graduated TAM.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> activePlanOf(UUID newHireId) {
        return plans.activeOf(newHireId).map(PlanRow::id);
    }

    /** The running plans of many users at once (user id to plan id); users without one are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> activePlansOf(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return plans.activePlansOf(userIds).stream()
                .collect(Collectors.toMap(pair -> (UUID) pair[0], pair -> (UUID) pair[1]));
    }

    // ---- internals ----

    private PlanItem itemForWork(UUID planId, UUID itemId, CurrentUser actor) {
        TeamPlan plan = visiblePlan(planId, actor);
        PlanItem item = items.inPlan(planId, itemId).orElseThrow(() -> new NotFoundException("Plan item", itemId));
        PlanAudience audience = items.audienceOf(item.templateItemId());
        if (!PlanAccessPolicy.mayTick(plan.participants(), audience, actor.id())) {
            throw new AccessDeniedToObjectException("Only the " + audience + " ticks this item");
        }
        plan.requireActive();
        return item;
    }

    /** Flushed here so that a change made meanwhile in another tab is a conflict, not a 500 at commit. */
    private void save(PlanItem item) {
        try {
            items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("status", "Item " + item.id() + " was changed meanwhile");
        }
    }

    private TeamPlan visiblePlan(UUID planId, CurrentUser viewer) {
        TeamPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        requireVisible(plan.participants(), viewer);
        return plan;
    }

    private static void requireVisible(PlanParticipants participants, CurrentUser viewer) {
        if (!PlanAccessPolicy.maySee(participants, viewer.id(), viewer.isAdmin())) {
            throw new AccessDeniedToObjectException("Not a plan of the reader");
        }
    }

    private static void requireStarter(CurrentUser starter) {
        if (!starter.isManager() && !starter.isAdmin()) {
            throw new AccessDeniedToObjectException("Only managers and admins start plans");
        }
    }

    private PlanView view(PlanRow row, CurrentUser viewer) {
        PlanParticipants participants = participants(row);
        Map<UUID, UserReference> people = users.references(peopleOf(row));
        List<TemplateSectionView> sectionViews = sections.ofVersion(row.templateVersionId()).stream()
                .map(PlanTemplateSection::view)
                .toList();
        List<TemplateCriterionView> criterionViews = criteria.ofVersion(row.templateVersionId()).stream()
                .map(PlanTemplateCriterion::view)
                .toList();
        LocalDate today = today(viewer);
        List<PlanItemView> itemViews = items.ofPlan(row.id()).stream()
                .map(item -> itemView(item, today))
                .toList();
        PlanProgress progress = PlanProgressCalculator.progress(
                itemViews.stream()
                        .map(i -> new PlanProgressCalculator.ItemFacts(
                                i.audience(), i.month(), i.sectionId(), i.criterionId(), i.status()))
                        .toList(),
                sectionViews.stream().map(TemplateSectionView::id).toList(),
                criterionViews.stream().map(TemplateCriterionView::id).toList());
        // A cancelled or graduated plan is read-only: nobody ticks its items any more.
        boolean running = row.status() == PlanStatus.ACTIVE;
        var may = new PlanPermissions(
                running && PlanAccessPolicy.mayTick(participants, PlanAudience.NEW_HIRE, viewer.id()),
                running && PlanAccessPolicy.mayTick(participants, PlanAudience.MANAGER, viewer.id()),
                running && PlanAccessPolicy.mayTick(participants, PlanAudience.BUDDY, viewer.id()),
                PlanAccessPolicy.mayManage(participants, viewer.id(), viewer.isAdmin()));
        return new PlanView(header(row, people), sectionViews, criterionViews, itemViews, progress, today, may);
    }

    /** List rows for a page of plans: one statement for the counts and one for the names. */
    /**
     * The pace of each running plan of a page: shadowing and the graduation check, in three statements
     * whatever the page holds (criteria with their items, calls per week, log counts).
     */
    private Map<UUID, PlanPace> paces(List<PlanRow> page, CurrentUser viewer) {
        List<PlanRow> running =
                page.stream().filter(r -> r.status() == PlanStatus.ACTIVE).toList();
        if (running.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today(viewer);
        Map<UUID, LocalDate> starts = new HashMap<>();
        running.forEach(r -> starts.put(r.newHireId(), r.startDate()));
        Map<UUID, ShadowingSummary> summaries = shadowing.summariesOf(starts, viewer.timeZone());
        Map<UUID, List<GraduationQueries.CriterionItems>> criteria =
                graduationQueries.criteriaOf(running.stream().map(PlanRow::id).toList());
        Map<UUID, PlanPace> paces = new HashMap<>();
        for (PlanRow row : running) {
            ShadowingSummary summary = Objects.requireNonNull(summaries.get(row.newHireId()));
            List<GraduationQueries.CriterionItems> planCriteria = criteria.getOrDefault(row.id(), List.of());
            List<GraduationPolicy.CriterionCheck> checks = GraduationPolicy.check(
                    planCriteria.stream()
                            .map(c -> new GraduationPolicy.CriterionFacts(c.criterionId(), c.evidence()))
                            .toList(),
                    planCriteria.stream()
                            .flatMap(c -> c.items().stream()
                                    .map(i -> new GraduationPolicy.ItemFacts(c.criterionId(), i.title(), i.open())))
                            .toList(),
                    shadowingFacts(summary, today));
            List<ShadowingWeek> weeks = summary.weeks();
            long thisWeek = weeks.isEmpty() ? 0 : weeks.getLast().calls();
            long lastWeek = weeks.size() < 2 ? 0 : weeks.get(weeks.size() - 2).calls();
            paces.put(
                    row.id(),
                    new PlanPace(
                            thisWeek,
                            lastWeek,
                            summary.shortWeeks(),
                            checks.stream().filter(c -> !c.met()).count()));
        }
        return paces;
    }

    private Map<UUID, PlanListRow> listRows(List<PlanRow> page, LocalDate today, Map<UUID, PlanPace> paces) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = page.stream().map(PlanRow::id).collect(Collectors.toSet());
        Set<UUID> people = new HashSet<>();
        page.forEach(row -> people.addAll(peopleOf(row)));
        Map<UUID, UserReference> names = users.references(people);
        Map<UUID, Map<PlanAudience, AudienceCount>> counts = new HashMap<>();
        for (AudienceCount count : items.counts(ids, today)) {
            counts.computeIfAbsent(count.planId(), id -> new HashMap<>()).put(count.audience(), count);
        }
        Map<UUID, PlanListRow> rows = new LinkedHashMap<>();
        for (PlanRow row : page) {
            Map<PlanAudience, AudienceCount> byAudience = counts.getOrDefault(row.id(), Map.of());
            rows.put(
                    row.id(),
                    new PlanListRow(
                            row.id(),
                            person(names, row.newHireId()),
                            person(names, row.managerId()),
                            person(names, row.buddyId()),
                            row.startDate(),
                            row.status(),
                            progress(byAudience.get(PlanAudience.NEW_HIRE)),
                            progress(byAudience.get(PlanAudience.MANAGER)),
                            progress(byAudience.get(PlanAudience.BUDDY)),
                            byAudience.values().stream()
                                    .mapToLong(AudienceCount::overdue)
                                    .sum(),
                            Math.max(java.time.temporal.ChronoUnit.DAYS.between(row.startDate(), today), 0),
                            row.graduatedOn(),
                            paces.get(row.id())));
        }
        return rows;
    }

    private static ProgressCount progress(@Nullable AudienceCount count) {
        return count == null
                ? ProgressCount.NONE
                : new ProgressCount(Math.toIntExact(count.closed()), Math.toIntExact(count.total()));
    }

    private static PlanItemView itemView(PlanItemRow row, LocalDate today) {
        return new PlanItemView(
                row.id(),
                row.planId(),
                row.position(),
                row.audience(),
                row.month(),
                row.sectionId(),
                row.criterionId(),
                row.certification(),
                row.title(),
                row.details(),
                row.dueDate(),
                row.status(),
                row.note(),
                row.closedAt(),
                row.closedBy(),
                DueStatePolicy.of(row.status(), row.dueDate(), today));
    }

    private static PlanHeader header(PlanRow row, Map<UUID, UserReference> people) {
        return new PlanHeader(
                row.id(),
                person(people, row.newHireId()),
                person(people, row.managerId()),
                person(people, row.buddyId()),
                row.startDate(),
                row.status(),
                row.templateVersion(),
                row.startedAt(),
                row.version() == null ? 0 : row.version(),
                row.graduatedOn(),
                row.graduatedBy() == null ? null : person(people, row.graduatedBy()),
                row.graduationNote());
    }

    private static Set<UUID> peopleOf(PlanRow row) {
        Set<UUID> people = new HashSet<>(List.of(row.newHireId(), row.managerId(), row.buddyId()));
        if (row.graduatedBy() != null) {
            people.add(row.graduatedBy());
        }
        return people;
    }

    private static PlanParticipants participants(PlanRow row) {
        return new PlanParticipants(row.newHireId(), row.managerId(), row.buddyId());
    }

    private static UserReference person(Map<UUID, UserReference> people, UUID id) {
        // The foreign keys keep every plan's people in app_user, so a missing one is a bug, not input.
        return Objects.requireNonNull(people.get(id), () -> "No user " + id);
    }

    private UserView user(UUID id, String field) {
        return users.find(id)
                .orElseThrow(() -> new InvalidInputException(field, "team.plan.user.unknown", "Unknown user " + id));
    }

    private static boolean isActiveWith(UserView user, Role role) {
        return user.active() && user.roles().contains(role);
    }

    private static UserReference reference(UserView user) {
        return new UserReference(user.id(), user.username(), user.displayName());
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
