package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.security.CurrentUser;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.PlanHeader;
import dev.facet.team.TeamOnboardingFixtures;
import dev.facet.team.TeamPlanManagement;
import dev.facet.timeline.TimelineManagement;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * DOMAIN 10 in the browser: assigning an account to a TAM who has not graduated from team onboarding
 * needs the manager's confirmation, and such TAMs rank last among the suggestions.
 */
@ApplicationTest
class RampingAssignmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    AssignmentManagement assignments;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    Clock clock;

    ManagerFixtures fixtures;
    UserView manager;
    CurrentUser me;
    UserView ramping;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new ManagerFixtures(users, accounts, ctas);
        manager = fixtures.manager();
        me = SignedIn.currentUser(manager);
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ramping = fixtures.tam(manager);
        TeamOnboardingFixtures.startPlan(plans, users, ramping, manager, today);
    }

    @Test
    void assigningARampingTamWithoutConfirmationAssignsNothingAndWarns() throws Exception {
        UUID item = fixtures.waitingItem(TestData.unique("Ramp A"), manager);
        UUID accountId = ctas.detail(item).summary().accountId();

        String warned = body(assign(item, ramping, false).andExpect(status().isUnprocessableContent()));
        assertThat(warned)
                .contains("Not graduated from team onboarding: " + ramping.displayName())
                .contains("name=\"confirmUngraduated\"")
                .contains("form=\"assign-form\"");
        assertThat(accounts.get(accountId).tamId()).isNull();

        String started = body(assign(item, ramping, true).andExpect(status().isOk()));
        UUID jobId = UUID.fromString(started.replaceAll("(?s).*data-job=\"([0-9a-f-]{36})\".*", "$1"));
        BulkJobView job = await().atMost(Duration.ofSeconds(20))
                .until(() -> assignments.job(jobId, me).orElseThrow(), BulkJobView::finished);
        assertThat(job.results()).extracting(ItemResult::outcome).containsExactly(Outcome.ASSIGNED);
        assertThat(accounts.get(accountId).tamId()).isEqualTo(ramping.id());
        // The confirmed assignment is on the account's timeline, naming the manager.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(timeline.ofAccount(accountId, PageRequest.of(0, 50))
                                .getContent())
                        .anySatisfy(e -> assertThat(e.notes())
                                .contains("who has not graduated from team onboarding; confirmed by manager "
                                        + manager.displayName())));
    }

    @Test
    void aGraduatedTamIsAssignedWithoutAWarning() throws Exception {
        UserView graduate = fixtures.tam(manager);
        PlanHeader plan = TeamOnboardingFixtures.startPlan(plans, users, graduate, manager, today);
        plans.confirmGraduation(plan.id(), 0, "Came from a CSM role elsewhere.", me);
        UUID item = fixtures.waitingItem(TestData.unique("Ramp B"), manager);

        assertThat(body(assign(item, graduate, false).andExpect(status().isOk())))
                .doesNotContain("not graduated");
    }

    @Test
    void movingAccountsToARampingTamNeedsConfirmationToo() throws Exception {
        UserView leaving = fixtures.tam(manager);
        UUID account = fixtures.account(TestData.unique("Ramp C"), dev.facet.account.Segment.SMB, 10, 1, leaving);

        mvc.perform(post("/manager/reassignments")
                        .param("fromTamId", leaving.id().toString())
                        .param("allAccounts", "true")
                        .param("to", ramping.id().toString())
                        .header("HX-Request", "true")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(accounts.get(account).tamId()).isEqualTo(leaving.id());
    }

    @Test
    void rampingTamsRankLastAndCarryTheBadge() throws Exception {
        List<TamLoad> candidates = assignments.candidates(me);
        int rampingAt = indexOf(candidates, ramping.id());
        assertThat(candidates.get(rampingAt).ramping()).isTrue();
        assertThat(candidates.subList(rampingAt, candidates.size())).allMatch(TamLoad::ramping);

        fixtures.waitingItem(TestData.unique("Ramp D"), manager);
        // Ranked last, it is beyond the rows' ten choices and the load table's twenty when the test
        // database holds many TAMs; the list for the ticked items names everyone, ramping ones said so.
        String page =
                body(mvc.perform(get("/manager").with(SignedIn.as(manager))).andExpect(status().isOk()));
        assertThat(page.substring(page.indexOf("id=\"ticked-to\"")))
                .contains(ramping.displayName() + ", my team (load 0), ramping");
    }

    @Test
    void theAccountPageAsksBeforeGivingTheAccountToARampingTam() throws Exception {
        UUID account = fixtures.account(TestData.unique("Ramp E"), dev.facet.account.Segment.SMB, 10, 1, null);

        mvc.perform(post("/accounts/" + account + "/tam")
                        .param("tamId", ramping.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("rampingName", ramping.displayName()));
        assertThat(accounts.get(account).tamId()).isNull();

        mvc.perform(post("/accounts/" + account + "/tam")
                        .param("tamId", ramping.id().toString())
                        .param("confirmUngraduated", "true")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(accounts.get(account).tamId()).isEqualTo(ramping.id());
    }

    private ResultActions assign(UUID item, UserView tam, boolean confirm) throws Exception {
        var request = post("/manager/assignments")
                .param("only", item.toString())
                .param("tam[" + item + "]", tam.id().toString())
                .header("HX-Request", "true")
                .with(SignedIn.as(manager))
                .with(csrf());
        if (confirm) {
            request = request.param("confirmUngraduated", "true");
        }
        return mvc.perform(request);
    }

    private static int indexOf(List<TamLoad> candidates, UUID tamId) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).tamId().equals(tamId)) {
                return i;
            }
        }
        throw new AssertionError("No candidate " + tamId);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
