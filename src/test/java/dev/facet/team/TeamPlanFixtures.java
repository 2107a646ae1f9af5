package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The people of a plan, with unique names, and a plan started for them. */
final class TeamPlanFixtures {

    /** A new hire, their manager, their buddy, and a TAM who has nothing to do with the plan. */
    record People(UserView newHire, UserView manager, UserView buddy, UserView otherTam) {

        CurrentUser asNewHire() {
            return SignedIn.currentUser(newHire);
        }

        CurrentUser asManager() {
            return SignedIn.currentUser(manager);
        }

        CurrentUser asBuddy() {
            return SignedIn.currentUser(buddy);
        }

        CurrentUser asOtherTam() {
            return SignedIn.currentUser(otherTam);
        }
    }

    private TeamPlanFixtures() {}

    static People people(UserManagement users) {
        UserView manager = TestData.user(users, Role.MANAGER);
        return new People(
                tam(users, manager.id()), manager, TestData.user(users, Role.TAM), TestData.user(users, Role.TAM));
    }

    static UserView tam(UserManagement users, @Nullable UUID managerId) {
        String username = TestData.unique("newhire");
        return users.create(new NewUser(
                username,
                "New Hire " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                managerId,
                "UTC"));
    }

    static PlanHeader start(TeamPlanManagement plans, People people, LocalDate startDate) {
        return plans.start(
                new NewTeamPlan(
                        people.newHire().id(),
                        people.manager().id(),
                        people.buddy().id(),
                        startDate),
                people.asManager());
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }
}
