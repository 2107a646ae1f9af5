package dev.facet.demo;

import dev.facet.account.AccountFilter;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountSort;
import dev.facet.account.AccountSummary;
import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.team.CoLedMeetingDetails;
import dev.facet.team.NewRolePlay;
import dev.facet.team.NewTeamPlan;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanHeader;
import dev.facet.team.PlanItemView;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanView;
import dev.facet.team.ShadowedCallDetails;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.ShadowingStage;
import dev.facet.team.TeamPlanManagement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A new TAM six weeks into onboarding, so a newcomer to the demo sees a plan under way: Finn Adler
 * reports to Morgan Reyes, with Alex Kim as buddy. Month 1 is mostly done by all three, a certificate
 * is marked not applicable with its note, and a few month-1 items are left open and so overdue.
 */
final class DemoTeamOnboarding {

    static final String NEW_HIRE = "tam.finn";
    private static final int DAYS_IN = 45;

    private final UserManagement users;
    private final AccountManagement accounts;
    private final TeamPlanManagement plans;
    private final ShadowingManagement shadowing;
    private final Clock clock;

    DemoTeamOnboarding(
            UserManagement users,
            AccountManagement accounts,
            TeamPlanManagement plans,
            ShadowingManagement shadowing,
            Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.plans = plans;
        this.shadowing = shadowing;
        this.clock = clock;
    }

    void start(String password) {
        UserView morgan = users.findByUsername("manager.amer").orElseThrow();
        UserView alex = users.findByUsername("tam.alex").orElseThrow();
        UserView finn = users.create(new NewUser(
                NEW_HIRE,
                "Finn Adler",
                NEW_HIRE + "@facet.example",
                password,
                Set.of(Role.TAM),
                morgan.id(),
                "America/New_York"));
        CurrentUser asMorgan = actor(morgan);
        PlanHeader plan = plans.start(
                new NewTeamPlan(
                        finn.id(), morgan.id(), alex.id(), LocalDate.now(clock).minusDays(DAYS_IN)),
                asMorgan);
        PlanView view = plans.plan(plan.id(), asMorgan);

        CurrentUser asFinn = actor(finn);
        List<PlanItemView> finnsMonthOne = monthOne(view, PlanAudience.NEW_HIRE);
        // The last three of month 1 stay open, so the demo shows overdue items.
        for (PlanItemView item : finnsMonthOne.subList(0, finnsMonthOne.size() - 3)) {
            if (item.title().startsWith("Complete Pulse+ Advanced")) {
                plans.markNotApplicable(
                        plan.id(),
                        item.id(),
                        "Earned at my previous employer; certificate uploaded to my profile",
                        asFinn);
            } else {
                plans.markDone(plan.id(), item.id(), asFinn);
            }
        }
        List<PlanItemView> morgansMonthOne = monthOne(view, PlanAudience.MANAGER);
        morgansMonthOne
                .subList(0, morgansMonthOne.size() - 1)
                .forEach(i -> plans.markDone(plan.id(), i.id(), asMorgan));
        CurrentUser asAlex = actor(alex);
        monthOne(view, PlanAudience.BUDDY).forEach(i -> plans.markDone(plan.id(), i.id(), asAlex));
        shadowingLog(finn, alex, morgan, asFinn, asAlex);
    }

    /**
     * Six weeks of shadowing: four or five calls a week with Alex and Morgan, listening first and
     * taking notes later, one short week (a conference), two meetings Finn led with Alex beside him,
     * and two role plays with Alex's feedback: the log, role plays and co-led meetings the new hire's
     * pages and the manager's list of plans show.
     */
    private void shadowingLog(UserView finn, UserView alex, UserView morgan, CurrentUser asFinn, CurrentUser asAlex) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(finn.timeZone())));
        LocalDate start = today.minusDays(DAYS_IN);
        List<UUID> accounts = this.accounts
                .search(
                        new AccountFilter(null, null, null, null, alex.id(), null),
                        AccountSort.NAME,
                        Sort.Direction.ASC,
                        PageRequest.of(0, 5))
                .map(AccountSummary::id)
                .getContent();
        String[] topics = {
            "Kickoff call: introductions and the first 90 days",
            "Cadence call: adoption of CI pipelines",
            "Cadence call: security scanning roll-out",
            "Escalation review with support",
            "Executive business review preparation"
        };
        // Calls in each calendar week since the plan started (the weeks the goal
        // counts), two in the fourth week, when Finn was at a conference.
        LocalDate monday = start.with(DayOfWeek.MONDAY);
        for (int week = 0; !monday.plusWeeks(week).isAfter(today); week++) {
            LocalDate weekStart = monday.plusWeeks(week);
            List<LocalDate> days = java.util.stream.IntStream.range(0, 7)
                    .mapToObj(weekStart::plusDays)
                    .filter(d -> !d.isBefore(start) && !d.isAfter(today))
                    .toList();
            int calls = week == 3 ? 2 : 4 + week % 2;
            for (int c = 0; c < calls && !days.isEmpty(); c++) {
                shadowing.logCall(
                        new ShadowedCallDetails(
                                days.get(c % days.size()),
                                accounts.isEmpty() ? null : accounts.get((week + c) % accounts.size()),
                                week < 3 ? ShadowingStage.OBSERVE : ShadowingStage.TAKE_NOTES,
                                c % 3 == 2 ? morgan.id() : alex.id(),
                                topics[(week + c) % topics.length]),
                        asFinn);
            }
        }
        if (accounts.size() >= 2) {
            shadowing.logCoLedMeeting(
                    finn.id(),
                    new CoLedMeetingDetails(
                            today.minusDays(9), accounts.get(0), "Finn ran the agenda; I covered pricing."),
                    asAlex);
            shadowing.logCoLedMeeting(
                    finn.id(),
                    new CoLedMeetingDetails(
                            today.minusDays(3), accounts.get(1), "Confident demo of merge request flow."),
                    asAlex);
        }
        shadowing.logRolePlay(
                new NewRolePlay(
                        finn.id(),
                        start.plusDays(12),
                        "Kickoff call with a sceptical champion",
                        alex.id(),
                        "Good discovery questions; slow down when you list the next steps."),
                asAlex);
        shadowing.logRolePlay(
                new NewRolePlay(
                        finn.id(),
                        start.plusDays(30),
                        "Renewal risk conversation",
                        alex.id(),
                        "Named the risk clearly and proposed a plan. Next time bring the usage numbers."),
                asAlex);
    }

    private static List<PlanItemView> monthOne(PlanView plan, PlanAudience audience) {
        return plan.itemsOf(audience).stream()
                .filter(i -> i.month() == PlanMonth.MONTH_1)
                .toList();
    }

    private static CurrentUser actor(UserView user) {
        return new CurrentUser(
                user.id(), user.username(), user.displayName(), user.roles(), ZoneId.of(user.timeZone()));
    }
}
