package dev.facet.demo;

import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.team.NewTeamPlan;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanHeader;
import dev.facet.team.PlanItemView;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanView;
import dev.facet.team.TeamPlanManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A new TAM six weeks into onboarding, so a newcomer to the demo sees a plan under way: Finn Adler
 * reports to Morgan Reyes, with Alex Kim as buddy. Month 1 is mostly done by all three, a certificate
 * is marked not applicable with its note, and a few month-1 items are left open and so overdue.
 */
final class DemoTeamOnboarding {

    static final String NEW_HIRE = "tam.finn";
    private static final int DAYS_IN = 45;

    private final UserManagement users;
    private final TeamPlanManagement plans;
    private final Clock clock;

    DemoTeamOnboarding(UserManagement users, TeamPlanManagement plans, Clock clock) {
        this.users = users;
        this.plans = plans;
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
