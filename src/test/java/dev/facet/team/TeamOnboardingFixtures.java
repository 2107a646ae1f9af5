package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * Team onboarding through the public services, for tests of other modules and journeys: a plan for a
 * TAM (so they are ramping up), and a log and ticks that meet every graduation criterion.
 */
public final class TeamOnboardingFixtures {

    private TeamOnboardingFixtures() {}

    /** Starts a plan for {@code newHire} (reporting to {@code manager} or nobody), two weeks ago. */
    public static PlanHeader startPlan(
            TeamPlanManagement plans, UserManagement users, UserView newHire, UserView manager, LocalDate today) {
        UserView buddy = TestData.user(users, Role.TAM);
        return plans.start(
                new NewTeamPlan(newHire.id(), manager.id(), buddy.id(), today.minusWeeks(2)),
                SignedIn.currentUser(manager));
    }

    /**
     * Logs four shadowed calls in every finished week since the start and a role play with feedback,
     * and ticks every item by its owner, as each person would: afterwards all criteria are met.
     */
    public static void meetEveryCriterion(
            TeamPlanManagement plans,
            ShadowingManagement shadowing,
            PlanHeader header,
            UserManagement users,
            LocalDate today) {
        UUID planId = header.id();
        CurrentUser newHire = asUser(users, header.newHire().id());
        CurrentUser manager = asUser(users, header.manager().id());
        CurrentUser buddy = asUser(users, header.buddy().id());
        logFinishedWeeks(shadowing, header, newHire, today);
        shadowing.logRolePlay(
                new NewRolePlay(
                        header.newHire().id(),
                        header.startDate(),
                        "Cadence call",
                        header.buddy().id(),
                        "Clear agenda."),
                buddy);
        tickAll(plans, planId, newHire, manager, buddy);
    }

    /** Four calls in every finished week from the start's week on. */
    public static void logFinishedWeeks(
            ShadowingManagement shadowing, PlanHeader header, CurrentUser newHire, LocalDate today) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = header.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                monday.isBefore(thisWeek);
                monday = monday.plusWeeks(1)) {
            LocalDate day = monday.isBefore(header.startDate()) ? header.startDate() : monday;
            for (int i = 0; i < ShadowingSummary.WEEKLY_GOAL; i++) {
                shadowing.logCall(
                        new ShadowedCallDetails(
                                day,
                                null,
                                ShadowingStage.OBSERVE,
                                header.buddy().id(),
                                "Call " + i),
                        newHire);
            }
        }
    }

    /** Every item done by its owner. */
    public static void tickAll(
            TeamPlanManagement plans, UUID planId, CurrentUser newHire, CurrentUser manager, CurrentUser buddy) {
        PlanView plan = plans.plan(planId, manager);
        for (PlanItemView item : plan.items()) {
            if (item.open()) {
                CurrentUser owner = switch (item.audience()) {
                    case NEW_HIRE -> newHire;
                    case MANAGER -> manager;
                    case BUDDY -> buddy;
                };
                plans.markDone(planId, item.id(), owner);
            }
        }
    }

    private static CurrentUser asUser(UserManagement users, UUID id) {
        return SignedIn.currentUser(users.find(id).orElseThrow());
    }
}
