package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.team.TeamPlanFixtures.People;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each team page costs the same few statements whether one plan is shown or many, and however far along. */
@ApplicationTest
class TeamPlanQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    UserManagement users;

    @Autowired
    Clock clock;

    @Test
    void aPlanPageCostsEightStatementsHoweverFarAlong() throws Exception {
        People people = TeamPlanFixtures.people(users);
        LocalDate today = TeamPlanFixtures.today(clock);
        PlanHeader header = TeamPlanFixtures.start(plans, people, today.minusDays(40));
        RequestPostProcessor manager = SignedIn.as(people.manager());

        long fresh = statementsFor("/team/plans/" + header.id(), manager);
        PlanView plan = plans.plan(header.id(), people.asNewHire());
        plan.itemsOf(PlanAudience.NEW_HIRE).stream()
                .limit(10)
                .forEach(i -> plans.markDone(header.id(), i.id(), people.asNewHire()));
        long along = statementsFor("/team/plans/" + header.id(), manager);
        // Five for the plan, three more for the graduation check: the new hire, calls per week, log counts.
        assertThat(along).isEqualTo(fresh).isLessThanOrEqualTo(8);
        assertThat(statementsFor("/team/my-plan", SignedIn.as(people.newHire())))
                .isEqualTo(fresh);
    }

    @Test
    void theListsCostTheSameStatementsForOnePlanAndForMany() throws Exception {
        LocalDate today = TeamPlanFixtures.today(clock);
        People first = TeamPlanFixtures.people(users);
        TeamPlanFixtures.start(plans, first, today);
        RequestPostProcessor manager = SignedIn.as(first.manager());
        RequestPostProcessor buddy = SignedIn.as(first.buddy());
        long managerOne = statementsFor("/team/plans", manager);
        long buddyOne = statementsFor("/team/buddy", buddy);

        for (int i = 0; i < 4; i++) {
            // More new hires of the same manager, with the same buddy.
            var newHire = TeamPlanFixtures.tam(users, first.manager().id());
            plans.start(
                    new NewTeamPlan(
                            newHire.id(), first.manager().id(), first.buddy().id(), today.minusDays(i * 20)),
                    first.asManager());
        }
        // Five for the plans, three more for their pace: criteria with items, calls per week, log counts.
        assertThat(statementsFor("/team/plans", manager)).isEqualTo(managerOne).isLessThanOrEqualTo(8);
        assertThat(statementsFor("/team/buddy", buddy)).isEqualTo(buddyOne).isLessThanOrEqualTo(5);
    }

    private long statementsFor(String path, RequestPostProcessor user) throws Exception {
        Reactions.awaitQuiet(jdbc); // other tests' event reactions may still run in the background
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(user)).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }
}
