package dev.facet.team;

import dev.facet.account.AccountManagement;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new hire's shadowing log (csm-team-onboarding.md): shadowed calls with their stage, customer
 * meetings a colleague joined, and role plays with feedback; the weekly view against the goal of 4
 * calls; and the summary that graduation and the manager's overview read.
 *
 * <p>Who reads a log is {@link ShadowingAccessPolicy}'s call; who edits an entry is its author's
 * (the views' {@code mayBe…By}). Every check happens here, so editing an id in a URL gets a 403.
 */
@Service
@Transactional
public class ShadowingManagement {

    /** Notes and feedback: enough for a debrief, short enough that one entry cannot swamp the page. */
    public static final int MAX_TEXT = 4_000;

    public static final int MAX_TOPIC = 200;

    /** The "new hires you follow" list is a short list of people, not a directory. */
    static final int MAX_FOLLOWED = 50;

    private final TeamPlanRepository plans;
    private final ShadowedCallRepository calls;
    private final CoLedMeetingRepository meetings;
    private final RolePlayRepository rolePlays;
    private final ShadowingQueries queries;
    private final UserManagement users;
    private final AccountManagement accounts;
    private final Clock clock;

    ShadowingManagement(
            ShadowedCallRepository calls,
            CoLedMeetingRepository meetings,
            RolePlayRepository rolePlays,
            ShadowingQueries queries,
            TeamPlanRepository plans,
            UserManagement users,
            AccountManagement accounts,
            Clock clock) {
        this.plans = plans;
        this.calls = calls;
        this.meetings = meetings;
        this.rolePlays = rolePlays;
        this.queries = queries;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- shadowed calls: the new hire's own ----

    /** The signed-in new hire logs a call they shadowed. */
    public UUID logCall(ShadowedCallDetails details, CurrentUser actor) {
        Relation relation = relation(actor.id(), actor);
        if (!ShadowingAccessPolicy.mayLogCalls(relation.facts())) {
            throw new AccessDeniedToObjectException("Only a TAM logs the calls they shadowed");
        }
        ShadowedCallDetails checked = check(details, null, actor);
        return calls.save(new ShadowedCall(actor.id(), checked, clock.instant()))
                .id();
    }

    /** The new hire corrects a call; an edit over a newer save is refused ({@link StaleEditException}). */
    public void editCall(UUID callId, ShadowedCallDetails details, long version, CurrentUser actor) {
        ShadowedCall call = loadCall(callId);
        if (!call.newHireId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only the new hire edits their shadowed calls");
        }
        if (call.version() != version) {
            throw new StaleEditException("Shadowed call");
        }
        call.edit(check(details, call.shadowedUserId(), actor));
        flush(() -> calls.saveAndFlush(call), "Shadowed call");
    }

    public void deleteCall(UUID callId, CurrentUser actor) {
        ShadowedCall call = loadCall(callId);
        if (!call.newHireId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only the new hire deletes their shadowed calls");
        }
        calls.delete(call);
    }

    @Transactional(readOnly = true)
    public ShadowedCallView call(UUID callId, CurrentUser viewer) {
        ShadowedCall call = loadCall(callId);
        requireRead(call.newHireId(), viewer);
        return call.view(people(List.of(call.shadowedUserId())), accountNames(nullable(call.accountId())));
    }

    /**
     * {@code named} is whom the call names now: correcting its notes must not fail because that
     * colleague has left since.
     */
    private ShadowedCallDetails check(ShadowedCallDetails details, @Nullable UUID named, CurrentUser actor) {
        requireNotAhead(details.date(), actor);
        if (!details.shadowedUserId().equals(named)) {
            requireColleague("shadowedUserId", details.shadowedUserId(), actor.id());
        }
        if (details.accountId() != null) {
            requireAccount(details.accountId());
        }
        return new ShadowedCallDetails(
                details.date(),
                details.accountId(),
                details.stage(),
                details.shadowedUserId(),
                text("notes", details.notes()));
    }

    // ---- customer meetings the new hire led, logged by the colleague who joined ----

    public UUID logCoLedMeeting(UUID newHireId, CoLedMeetingDetails details, CurrentUser actor) {
        Relation relation = relation(newHireId, actor);
        if (!ShadowingAccessPolicy.mayLogCoLedMeeting(relation.facts())) {
            throw new AccessDeniedToObjectException(
                    "The new hire's manager or buddy logs the customer meetings they joined");
        }
        CoLedMeetingDetails checked = check(details, actor);
        return meetings.save(new CoLedMeeting(newHireId, actor.id(), checked, clock.instant()))
                .id();
    }

    public void editCoLedMeeting(UUID meetingId, CoLedMeetingDetails details, long version, CurrentUser actor) {
        CoLedMeeting meeting = loadMeeting(meetingId);
        if (!meeting.joinedById().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only who joined a meeting edits it");
        }
        if (meeting.version() != version) {
            throw new StaleEditException("Meeting");
        }
        meeting.edit(check(details, actor));
        flush(() -> meetings.saveAndFlush(meeting), "Meeting");
    }

    public void deleteCoLedMeeting(UUID meetingId, CurrentUser actor) {
        CoLedMeeting meeting = loadMeeting(meetingId);
        if (!meeting.joinedById().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only who joined a meeting deletes it");
        }
        meetings.delete(meeting);
    }

    @Transactional(readOnly = true)
    public CoLedMeetingView coLedMeeting(UUID meetingId, CurrentUser viewer) {
        CoLedMeeting meeting = loadMeeting(meetingId);
        requireRead(meeting.newHireId(), viewer);
        return meeting.view(people(List.of(meeting.joinedById())), accountNames(List.of(meeting.accountId())));
    }

    private CoLedMeetingDetails check(CoLedMeetingDetails details, CurrentUser actor) {
        requireNotAhead(details.date(), actor);
        requireAccount(details.accountId());
        return new CoLedMeetingDetails(details.date(), details.accountId(), text("notes", details.notes()));
    }

    // ---- role plays ----

    /**
     * The new hire logs a role play naming who gives feedback, or the manager or a buddy logs one
     * they gave feedback on (then they are the giver).
     */
    public UUID logRolePlay(NewRolePlay rolePlay, CurrentUser actor) {
        Relation relation = relation(rolePlay.newHireId(), actor);
        if (!ShadowingAccessPolicy.mayLogRolePlay(relation.facts())) {
            throw new AccessDeniedToObjectException("The new hire, their manager or a buddy logs a role play");
        }
        if (!relation.facts().self() && !rolePlay.giverId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Who logs another's role play gives its feedback");
        }
        requireNotAhead(rolePlay.date(), actor);
        String topic = topic(rolePlay.topic());
        if (relation.facts().self()) {
            requireColleague("giverId", rolePlay.giverId(), actor.id());
        }
        String feedback = rolePlay.feedback() == null ? null : text("feedback", rolePlay.feedback());
        if (feedback != null && !feedback.isBlank() && !rolePlay.giverId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only the giver writes a role play's feedback");
        }
        FeedbackGiverRole role = rolePlay.giverId().equals(relation.newHire().managerId())
                ? FeedbackGiverRole.MANAGER
                : FeedbackGiverRole.BUDDY;
        NewRolePlay checked =
                new NewRolePlay(rolePlay.newHireId(), rolePlay.date(), topic, rolePlay.giverId(), feedback);
        return rolePlays
                .save(new RolePlay(checked, role, actor.id(), clock.instant()))
                .id();
    }

    /** The new hire or the giver corrects the date and topic; only the giver changes the feedback. */
    public void editRolePlay(UUID rolePlayId, RolePlayEdit edit, CurrentUser actor) {
        RolePlay rolePlay = loadRolePlay(rolePlayId);
        boolean giver = rolePlay.giverId().equals(actor.id());
        if (!giver && !rolePlay.newHireId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only the new hire and the giver edit a role play");
        }
        if (edit.feedback() != null && !giver) {
            throw new AccessDeniedToObjectException("Only the giver writes a role play's feedback");
        }
        if (rolePlay.version() != edit.version()) {
            throw new StaleEditException("Role play");
        }
        requireNotAhead(edit.date(), actor);
        rolePlay.reschedule(edit.date(), topic(edit.topic()));
        if (edit.feedback() != null) {
            rolePlay.giveFeedback(text("feedback", edit.feedback()), clock.instant());
        }
        flush(() -> rolePlays.saveAndFlush(rolePlay), "Role play");
    }

    public void deleteRolePlay(UUID rolePlayId, CurrentUser actor) {
        RolePlay rolePlay = loadRolePlay(rolePlayId);
        if (!rolePlay.loggedById().equals(actor.id())) {
            throw new AccessDeniedToObjectException("Only who logged a role play deletes it");
        }
        rolePlays.delete(rolePlay);
    }

    @Transactional(readOnly = true)
    public RolePlayView rolePlay(UUID rolePlayId, CurrentUser viewer) {
        RolePlay rolePlay = loadRolePlay(rolePlayId);
        requireRead(rolePlay.newHireId(), viewer);
        return rolePlay.view(people(List.of(rolePlay.giverId())));
    }

    // ---- reads ----

    /**
     * A new hire's log as {@code viewer} may see it (403 for anyone but the new hire, their manager,
     * a buddy and admins), with weeks from {@code from}'s week; without one, from their running plan's
     * start (as the plan pages count short weeks, so every page gives one answer), else from the first
     * logged week. The same statements whatever the log holds.
     */
    @Transactional(readOnly = true)
    public ShadowingLog logOf(UUID newHireId, @Nullable LocalDate from, ShadowingPages pages, CurrentUser viewer) {
        Relation relation = relation(newHireId, viewer);
        if (!ShadowingAccessPolicy.mayRead(relation.facts())) {
            throw new AccessDeniedToObjectException("Only the new hire, their manager and buddy read this log");
        }
        LocalDate weeksFrom = from != null
                ? from
                : plans.activeOf(newHireId).map(PlanRow::startDate).orElse(null);
        ShadowingSummary summary = summary(relation.newHire(), weeksFrom);
        Page<ShadowedCall> callPage = calls.findByNewHireIdOrderByCallDateDescCreatedAtDesc(newHireId, pages.calls());
        Page<CoLedMeeting> meetingPage =
                meetings.findByNewHireIdOrderByMeetingDateDescCreatedAtDesc(newHireId, pages.coLedMeetings());
        Page<RolePlay> rolePlayPage =
                rolePlays.findByNewHireIdOrderByRolePlayDateDescCreatedAtDesc(newHireId, pages.rolePlays());

        Set<UUID> mentioned = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        callPage.forEach(c -> {
            mentioned.add(c.shadowedUserId());
            if (c.accountId() != null) {
                accountIds.add(c.accountId());
            }
        });
        meetingPage.forEach(m -> {
            mentioned.add(m.joinedById());
            accountIds.add(m.accountId());
        });
        rolePlayPage.forEach(r -> mentioned.add(r.giverId()));
        People people = people(mentioned);
        AccountNames names = accountNames(accountIds);

        ShadowingRelation facts = relation.facts();
        return new ShadowingLog(
                new UserReference(
                        relation.newHire().id(),
                        relation.newHire().username(),
                        relation.newHire().displayName()),
                zoneOf(relation.newHire()),
                facts.self(),
                new ShadowingPermissions(
                        ShadowingAccessPolicy.mayLogCalls(facts),
                        ShadowingAccessPolicy.mayLogCoLedMeeting(facts),
                        ShadowingAccessPolicy.mayLogRolePlay(facts)),
                summary,
                new PageImpl<>(
                        callPage.map(c -> c.view(people, names)).getContent(),
                        callPage.getPageable(),
                        callPage.getTotalElements()),
                new PageImpl<>(
                        meetingPage.map(m -> m.view(people, names)).getContent(),
                        meetingPage.getPageable(),
                        meetingPage.getTotalElements()),
                new PageImpl<>(
                        rolePlayPage.map(r -> r.view(people)).getContent(),
                        rolePlayPage.getPageable(),
                        rolePlayPage.getTotalElements()));
    }

    /**
     * A new hire's shadowing from their first logged week to this week, for graduation and overviews
     * (callers decide who may see it).
     */
    @Transactional(readOnly = true)
    public ShadowingSummary summaryOf(UUID newHireId) {
        return summaryOf(newHireId, null);
    }

    /** As {@link #summaryOf(UUID)}, with weeks from {@code from}'s week (a plan's start date, say). */
    @Transactional(readOnly = true)
    public ShadowingSummary summaryOf(UUID newHireId, @Nullable LocalDate from) {
        return summary(loadUser(newHireId), from);
    }

    /**
     * The summaries of many new hires at once, each from its own start date (a plan's), in two
     * statements: for the manager's list of plans. "Today" is on {@code zone}'s calendar (the reader's),
     * not each new hire's, so a list costs no read per row.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ShadowingSummary> summariesOf(Map<UUID, LocalDate> startByNewHire, ZoneId zone) {
        if (startByNewHire.isEmpty()) {
            return Map.of();
        }
        LocalDate today = ShadowingWeekPolicy.today(clock.instant(), zone);
        LocalDate fromWeek = startByNewHire.values().stream()
                .map(start -> ShadowingWeekPolicy.earliestWeek(start, today))
                .min(LocalDate::compareTo)
                .orElseThrow();
        Map<UUID, Map<LocalDate, Long>> calls = queries.callsPerWeekOf(startByNewHire.keySet(), fromWeek, today);
        Map<UUID, ShadowingQueries.LogCounts> counts = queries.countsOf(startByNewHire.keySet());
        Map<UUID, ShadowingSummary> summaries = new HashMap<>();
        startByNewHire.forEach((newHireId, start) -> summaries.put(
                newHireId,
                ShadowingSummary.of(
                        newHireId,
                        ShadowingWeekPolicy.weeks(calls.getOrDefault(newHireId, Map.of()), start, today),
                        counts.getOrDefault(newHireId, new ShadowingQueries.LogCounts(0, 0, 0)))));
        return summaries;
    }

    /**
     * The new hires whose logs the viewer follows, by name: a manager's reports, those who named the
     * viewer on their log or whose meetings the viewer joined; for an admin, everyone with a log.
     */
    @Transactional(readOnly = true)
    public List<UserReference> newHiresFollowedBy(CurrentUser viewer) {
        return queries.newHiresFollowedBy(viewer.id(), viewer.isAdmin(), MAX_FOLLOWED);
    }

    /** The colleagues a new hire may name (whom they shadowed, who gave feedback): active TAMs and managers. */
    @Transactional(readOnly = true)
    public List<UserReference> colleaguesOf(UUID newHireId) {
        Map<UUID, UserReference> colleagues = new LinkedHashMap<>();
        for (Role role : List.of(Role.TAM, Role.MANAGER)) {
            users.activeWithRole(role).forEach(u -> colleagues.putIfAbsent(u.id(), u));
        }
        colleagues.remove(newHireId);
        List<UserReference> sorted = new ArrayList<>(colleagues.values());
        sorted.sort(Comparator.comparing((UserReference u) -> u.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(UserReference::id));
        return List.copyOf(sorted);
    }

    private ShadowingSummary summary(UserView newHire, @Nullable LocalDate from) {
        LocalDate today = ShadowingWeekPolicy.today(clock.instant(), zoneOf(newHire));
        Map<LocalDate, Long> perWeek =
                queries.callsPerWeek(newHire.id(), ShadowingWeekPolicy.countFrom(from, today), today);
        List<ShadowingWeek> weeks = ShadowingWeekPolicy.weeks(perWeek, from, today);
        return ShadowingSummary.of(newHire.id(), weeks, queries.counts(newHire.id()));
    }

    // ---- rules shared by the writes ----

    private void requireRead(UUID newHireId, CurrentUser viewer) {
        if (!ShadowingAccessPolicy.mayRead(relation(newHireId, viewer).facts())) {
            throw new AccessDeniedToObjectException("Only the new hire, their manager and buddy read this log");
        }
    }

    private Relation relation(UUID newHireId, CurrentUser viewer) {
        UserView newHire = loadUser(newHireId);
        boolean self = viewer.id().equals(newHireId);
        boolean manager = viewer.id().equals(newHire.managerId());
        boolean buddy = !self && !manager && queries.supports(viewer.id(), newHireId);
        return new Relation(
                newHire,
                new ShadowingRelation(
                        viewer.id(),
                        worksAccounts(viewer.roles()),
                        viewer.isAdmin(),
                        newHireId,
                        newHire.managerId(),
                        newHire.active() && worksAccounts(newHire.roles()),
                        buddy));
    }

    private record Relation(UserView newHire, ShadowingRelation facts) {}

    private static boolean worksAccounts(Collection<Role> roles) {
        return roles.contains(Role.TAM) || roles.contains(Role.MANAGER);
    }

    /** A colleague named on the log: an active TAM or manager, not the new hire themselves. */
    private void requireColleague(String field, UUID colleagueId, UUID newHireId) {
        UserView colleague = users.find(colleagueId).orElse(null);
        if (colleague == null
                || colleagueId.equals(newHireId)
                || !colleague.active()
                || !worksAccounts(colleague.roles())) {
            throw new InvalidInputException(field, "team.colleague.invalid", "Pick an active TAM or manager");
        }
    }

    private void requireAccount(UUID accountId) {
        try {
            accounts.get(accountId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("accountId", "team.account.unknown", "Pick an account from the list");
        }
    }

    /** The log tells what happened: nothing dated after today on the calendar of whoever logs it. */
    private void requireNotAhead(LocalDate date, CurrentUser actor) {
        if (date.isAfter(LocalDate.now(clock.withZone(actor.timeZone())))) {
            throw new InvalidInputException("date", "team.date.future", "The date may not be in the future");
        }
    }

    private static String text(String field, String text) {
        // trailing space only: leading indentation is how people lay out their notes
        String stripped = text.stripTrailing();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "team.text.tooLong", "At most " + MAX_TEXT + " characters");
        }
        return stripped;
    }

    private static String topic(String topic) {
        String trimmed = topic.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(
                    "topic", "team.rolePlay.topic.required", "Say what the role play was about");
        }
        if (trimmed.length() > MAX_TOPIC) {
            throw new InvalidInputException(
                    "topic", "team.rolePlay.topic.tooLong", "At most " + MAX_TOPIC + " characters");
        }
        return trimmed;
    }

    private static ZoneId zoneOf(UserView user) {
        return ZoneId.of(user.timeZone());
    }

    private People people(Collection<UUID> ids) {
        return new People(users.references(ids));
    }

    private AccountNames accountNames(Collection<UUID> ids) {
        return new AccountNames(accounts.names(ids));
    }

    private static List<UUID> nullable(@Nullable UUID id) {
        return id == null ? List.of() : List.of(id);
    }

    private static void flush(Runnable save, String what) {
        try {
            save.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException(what);
        }
    }

    private UserView loadUser(UUID id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private ShadowedCall loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("Shadowed call", id));
    }

    private CoLedMeeting loadMeeting(UUID id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    private RolePlay loadRolePlay(UUID id) {
        return rolePlays.findById(id).orElseThrow(() -> new NotFoundException("Role play", id));
    }
}
