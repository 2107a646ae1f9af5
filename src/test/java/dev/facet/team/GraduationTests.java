package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.ConflictException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import dev.facet.team.TeamPlanFixtures.People;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Graduation through the whole stack: the check, who confirms it, the override, and what "ramping" means. */
@ApplicationTest
@RecordApplicationEvents
class GraduationTests {

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    UserManagement users;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Clock clock;

    People people;
    LocalDate today;

    @BeforeEach
    void people() {
        people = TeamPlanFixtures.people(users);
        today = TeamPlanFixtures.today(clock);
    }

    @Test
    void aFreshPlanSaysWhatIsMissingForEachCriterion() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today.minusWeeks(2));
        Graduation graduation = plans.graduation(plans.plan(header.id(), people.asManager()));

        assertThat(graduation.allMet()).isFalse();
        assertThat(graduation.criteria()).hasSize(7).noneMatch(GraduationCriterion::met);
        assertThat(graduation.mayConfirm()).isTrue();
        assertThat(plans.graduation(plans.plan(header.id(), people.asNewHire())).mayConfirm())
                .isFalse();

        String page = body(mvc.perform(get("/team/plans/" + header.id()).with(SignedIn.as(people.manager())))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("7 criteria missing")
                .contains("items open:")
                .contains("fewer than 4 shadowed calls")
                .contains("No role play logged yet")
                .contains("Graduate anyway");
    }

    @Test
    void onlyThePlansManagerConfirmsAndOnlyOnceEveryCriterionIsMetOrOverridden() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today.minusWeeks(2));
        for (var stranger : List.of(people.newHire(), people.buddy(), people.otherTam())) {
            mvc.perform(post("/team/plans/" + header.id() + "/graduate")
                            .param("expectedVersion", "0")
                            .param("note", "Let me in")
                            .with(SignedIn.as(stranger))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // Unmet and no note: refused, the page says why.
        String refused = body(mvc.perform(post("/team/plans/" + header.id() + "/graduate")
                        .param("expectedVersion", "0")
                        .with(SignedIn.as(people.manager()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("write a note to graduate them anyway");
        assertThat(plans.isRamping(people.newHire().id())).isTrue();

        TeamOnboardingFixtures.meetEveryCriterion(plans, shadowing, header, users, today);
        assertThat(plans.graduation(plans.plan(header.id(), people.asManager())).allMet())
                .isTrue();

        mvc.perform(post("/team/plans/" + header.id() + "/graduate")
                        .param("expectedVersion", "0")
                        .with(SignedIn.as(people.manager()))
                        .with(csrf()))
                .andExpect(status().isFound());

        PlanView graduated = plans.plan(header.id(), people.asManager());
        assertThat(graduated.header().status()).isEqualTo(PlanStatus.GRADUATED);
        assertThat(graduated.header().graduatedOn()).isEqualTo(today);
        assertThat(graduated.header().graduatedBy().id())
                .isEqualTo(people.manager().id());
        assertThat(graduated.header().daysToGraduation()).isEqualTo(14);
        assertThat(plans.isRamping(people.newHire().id())).isFalse();
        // Read-only from now on.
        UUID item = graduated.items().getFirst().id();
        assertThatThrownBy(() -> plans.reopen(header.id(), item, people.asNewHire()))
                .isInstanceOf(ConflictException.class);
        assertThat(graduated.may().tickNewHire()).isFalse();
        assertThat(body(mvc.perform(get("/team/plans").with(SignedIn.as(people.manager())))
                        .andExpect(status().isOk())))
                .contains("graduated in 14 days");
    }

    @Test
    void aManagerMayOverrideUnmetCriteriaWithANote(@Autowired ApplicationEvents events) {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today.minusWeeks(2));

        plans.confirmGraduation(header.id(), 0, "Shadowed twenty calls before Facet.", people.asManager());

        PlanHeader graduated = plans.plan(header.id(), people.asNewHire()).header();
        assertThat(graduated.graduated()).isTrue();
        assertThat(graduated.graduationNote()).isEqualTo("Shadowed twenty calls before Facet.");
        assertThat(events.stream(TeamMemberGraduated.class)
                        .filter(e -> e.planId().equals(header.id())))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.userId()).isEqualTo(people.newHire().id()));
    }

    @Test
    void rampingMeansARunningPlanAndNoPlanCountsAsGraduated() {
        var noPlan = TestData.user(users, Role.TAM);
        PlanHeader running = TeamPlanFixtures.start(plans, people, today);
        People cancelledPeople = TeamPlanFixtures.people(users);
        PlanHeader cancelled = TeamPlanFixtures.start(plans, cancelledPeople, today);
        plans.cancel(cancelled.id(), 0, cancelledPeople.asManager());
        People graduatedPeople = TeamPlanFixtures.people(users);
        PlanHeader graduated = TeamPlanFixtures.start(plans, graduatedPeople, today);
        plans.confirmGraduation(graduated.id(), 0, "Experienced hire.", graduatedPeople.asManager());

        assertThat(plans.isRamping(noPlan.id())).isFalse();
        assertThat(plans.isRamping(people.newHire().id())).isTrue();
        assertThat(plans.isRamping(cancelledPeople.newHire().id())).isFalse();
        assertThat(plans.isRamping(graduatedPeople.newHire().id())).isFalse();
        assertThat(plans.rampingAmong(List.of(
                        noPlan.id(),
                        people.newHire().id(),
                        cancelledPeople.newHire().id(),
                        graduatedPeople.newHire().id())))
                .containsExactly(people.newHire().id());
        assertThat(running.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void theCrmAssigningARampingTamIsNotBlockedButLeavesAWarningOnTheTimeline() {
        TeamPlanFixtures.start(plans, people, today);
        CrmApi crm = new CrmApi(http, json, TestData.apiToken(tokens));
        String crmId = TestData.unique("RAMP");

        var account = crm.put(
                "/api/v1/accounts/" + crmId,
                CrmApi.account(
                        "Ramp Corp",
                        "SMB",
                        false,
                        "SAAS",
                        50,
                        10_000,
                        false,
                        people.newHire().username()),
                201);
        assertThat(account.get("tam").asString()).isEqualTo(people.newHire().username());
        UUID accountId = accounts.findByCrmId(crmId).orElseThrow().id();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(entries(accountId))
                        .anySatisfy(e -> assertThat(e.notes())
                                .isEqualTo("Assigned by the CRM to %s, who has not graduated from team onboarding."
                                        .formatted(people.newHire().displayName()))));
    }

    private List<TimelineEntryView> entries(UUID accountId) {
        return timeline.ofAccount(accountId, PageRequest.of(0, 50)).getContent();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
