package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.account.Segment;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaSummary;
import dev.facet.cta.CtaType;
import dev.facet.cta.TaskStatus;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The manager view through the whole stack on PostgreSQL: ranking, assigning, moving, the team table. */
@ApplicationTest
class ManagerViewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    AssignmentManagement assignments;

    @Autowired
    JdbcClient jdbc;

    ManagerFixtures fixtures;
    UserView manager;
    CurrentUser me;

    @BeforeEach
    void setUp() {
        fixtures = new ManagerFixtures(users, accounts, ctas);
        manager = fixtures.manager();
        me = SignedIn.currentUser(manager);
    }

    @Test
    void candidatesAreRankedByLoadWithTheManagersReportsFirst() {
        LoadWeights w = assignments.weights();
        UserView diamondTam = fixtures.tam(manager);
        UserView quartzTam = fixtures.tam(manager);
        UserView outsider = fixtures.tam(null);
        // More than 5,000 seats make a Diamond, whose gemstone rule opens an onboarding for its TAM.
        UUID diamond = fixtures.account(TestData.unique("Diamond"), Segment.SMB, 6_000, 1, diamondTam);
        fixtures.account(TestData.unique("Quartz"), Segment.SMB, 10, 1, quartzTam);
        fixtures.account(TestData.unique("Quartz"), Segment.SMB, 10, 1, quartzTam);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixtures.open(diamond, CtaType.ONBOARDING).isPresent());
        Reactions.awaitQuiet(jdbc);

        Map<UUID, TamLoad> loads =
                assignments.candidates(me).stream().collect(Collectors.toMap(TamLoad::tamId, Function.identity()));
        List<UUID> order = assignments.candidates(me).stream()
                .map(TamLoad::tamId)
                .filter(id ->
                        List.of(diamondTam.id(), quartzTam.id(), outsider.id()).contains(id))
                .toList();

        assertThat(loads.get(diamondTam.id()))
                .returns(1L, TamLoad::openOnboardings)
                .returns(1L, TamLoad::bookAccounts)
                .returns((long) w.diamond(), TamLoad::bookWeight)
                .returns((long) w.openOnboarding() + w.diamond(), TamLoad::load)
                .returns(true, TamLoad::teamMember);
        assertThat(loads.get(quartzTam.id()))
                .returns(0L, TamLoad::openOnboardings)
                .returns(2L, TamLoad::bookAccounts)
                .returns(2L * w.quartz(), TamLoad::load);
        assertThat(loads.get(outsider.id())).returns(0L, TamLoad::load).returns(false, TamLoad::teamMember);
        // The defaults (3 + 5 = 8 against 2 × 1 = 2): the lighter report first, the idle outsider last.
        assertThat(order).containsExactly(quartzTam.id(), diamondTam.id(), outsider.id());
    }

    @Test
    void aManagerAssignsManyItemsAtOnceAndTheOnboardingsOpen() throws Exception {
        UserView ann = fixtures.tam(manager);
        UserView bob = fixtures.tam(manager);
        UUID first = fixtures.waitingItem(TestData.unique("Queue A"), manager);
        UUID second = fixtures.waitingItem(TestData.unique("Queue B"), manager);
        UUID taken = fixtures.waitingItem(TestData.unique("Queue C"), manager);
        UUID takenAccount = ctas.detail(taken).summary().accountId();
        // The account got a TAM behind the queue's back (no event): the item is still open.
        jdbc.sql("update account set tam_id = ? where id = ?")
                .params(bob.id(), takenAccount)
                .update();

        String page =
                body(mvc.perform(get("/manager").with(SignedIn.as(manager))).andExpect(status().isOk()));
        assertThat(page).contains("id=\"item-" + first + "\"").contains("id=\"item-" + second + "\"");

        String location = mvc.perform(post("/manager/assignments")
                        .param("selected", first.toString(), second.toString(), taken.toString())
                        .param("tam[" + first + "]", ann.id().toString())
                        .param("tam[" + second + "]", bob.id().toString())
                        .param("tam[" + taken + "]", ann.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/manager?job=").endsWith("#job-panel");
        BulkJobView job =
                finished(UUID.fromString(location.substring("/manager?job=".length(), location.indexOf('#'))));

        assertThat(job.results())
                .extracting(ItemResult::outcome)
                .containsExactly(Outcome.ASSIGNED, Outcome.ASSIGNED, Outcome.SKIPPED_HAS_TAM);
        assertThat(job.succeeded()).isEqualTo(2);
        UUID firstAccount = ctas.detail(first).summary().accountId();
        UUID secondAccount = ctas.detail(second).summary().accountId();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixtures.open(firstAccount, CtaType.ONBOARDING))
                    .hasValueSatisfying(c -> assertThat(c.ownerId()).isEqualTo(ann.id()));
            assertThat(fixtures.open(secondAccount, CtaType.ONBOARDING))
                    .hasValueSatisfying(c -> assertThat(c.ownerId()).isEqualTo(bob.id()));
        });
        assertThat(ctas.detail(first).summary().status()).isEqualTo(CtaStatus.CLOSED_SUCCESS);

        // The summary the page polls; the same item again is stale now.
        assertThat(body(mvc.perform(get("/manager/jobs/" + job.id())
                                .header("HX-Request", "true")
                                .with(SignedIn.as(manager)))
                        .andExpect(status().isOk())))
                .contains("2 assigned, 1 not assigned")
                .contains("Skipped: the account has a TAM already")
                .doesNotContain("every 1s");
        String again = body(mvc.perform(post("/manager/assignments")
                        .param("only", first.toString())
                        .param("tam[" + first + "]", bob.id().toString())
                        .header("HX-Request", "true")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(again).contains("id=\"job-panel\"");
        UUID againId = UUID.fromString(again.replaceAll("(?s).*data-job=\"([0-9a-f-]{36})\".*", "$1"));
        assertThat(finished(againId).results()).extracting(ItemResult::outcome).containsExactly(Outcome.STALE);
        // Another manager cannot read this manager's job.
        UserView other = fixtures.manager();
        mvc.perform(get("/manager/jobs/" + job.id()).with(SignedIn.as(other))).andExpect(status().isNotFound());
    }

    @Test
    void theTickedItemsGoToTheTamChosenUnderTheQueue() throws Exception {
        UserView ann = fixtures.tam(manager);
        UserView bob = fixtures.tam(manager);
        UUID first = fixtures.waitingItem(TestData.unique("Ticked A"), manager);
        UUID second = fixtures.waitingItem(TestData.unique("Ticked B"), manager);

        String page =
                body(mvc.perform(get("/manager").with(SignedIn.as(manager))).andExpect(status().isOk()));
        assertThat(page).contains("id=\"ticked-to\"").contains("value=\"" + ann.id() + "\"");

        String location = mvc.perform(post("/manager/assignments")
                        .param("selected", first.toString(), second.toString())
                        .param("tam[" + first + "]", bob.id().toString())
                        .param("tam[" + second + "]", bob.id().toString())
                        .param("tickedTo", ann.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        BulkJobView job =
                finished(UUID.fromString(location.substring("/manager?job=".length(), location.indexOf('#'))));
        assertThat(job.succeeded()).isEqualTo(2);
        UUID firstAccount = ctas.detail(first).summary().accountId();
        UUID secondAccount = ctas.detail(second).summary().accountId();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixtures.open(firstAccount, CtaType.ONBOARDING))
                    .hasValueSatisfying(c -> assertThat(c.ownerId()).isEqualTo(ann.id()));
            assertThat(fixtures.open(secondAccount, CtaType.ONBOARDING))
                    .hasValueSatisfying(c -> assertThat(c.ownerId()).isEqualTo(ann.id()));
        });
    }

    @Test
    void nothingChosenIsAFormErrorNotAJob() throws Exception {
        assertThat(body(mvc.perform(post("/manager/assignments")
                                .header("HX-Request", "true")
                                .with(SignedIn.as(manager))
                                .with(csrf()))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Choose at least one item.");
        mvc.perform(post("/manager/reassignments")
                        .param("fromTamId", fixtures.tam(manager).id().toString())
                        .param("to", "spread")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "assignment.nothingSelected"));
    }

    @Test
    void movingATamsAccountsMovesTheirOpenCtasAndTasksAndRecordsEachMove() throws Exception {
        UserView leaving = fixtures.tam(manager);
        UserView taking = fixtures.tam(manager);
        UUID one = fixtures.onboardingAccount(TestData.unique("Move 1"), leaving);
        UUID two = fixtures.onboardingAccount(TestData.unique("Move 2"), leaving);
        UUID stays = fixtures.onboardingAccount(TestData.unique("Stay"), leaving);
        Reactions.awaitQuiet(jdbc);

        String page = body(mvc.perform(
                        get("/manager").param("from", leaving.id().toString()).with(SignedIn.as(manager)))
                .andExpect(status().isOk()));
        assertThat(page).contains("id=\"move-" + one + "\"").contains("id=\"move-" + stays + "\"");

        String location = mvc.perform(post("/manager/reassignments")
                        .param("fromTamId", leaving.id().toString())
                        .param("accountIds", one.toString(), two.toString())
                        .param("to", taking.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        BulkJobView job =
                finished(UUID.fromString(location.substring("/manager?job=".length(), location.indexOf('#'))));
        assertThat(job.results()).extracting(ItemResult::outcome).containsExactly(Outcome.MOVED, Outcome.MOVED);
        assertThat(job.succeeded()).isEqualTo(2);
        assertThat(job.notDone()).isZero();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (UUID moved : List.of(one, two)) {
                CtaSummary onboarding = fixtures.open(moved, CtaType.ONBOARDING).orElseThrow();
                assertThat(onboarding.ownerId()).isEqualTo(taking.id());
                assertThat(movesOn(moved)).hasSize(1);
            }
        });
        Reactions.awaitQuiet(jdbc);
        for (UUID moved : List.of(one, two)) {
            assertThat(accounts.get(moved).tamId()).isEqualTo(taking.id());
            var detail = ctas.detail(
                    fixtures.open(moved, CtaType.ONBOARDING).orElseThrow().id());
            // Tasks belong to their CTA: they are the new owner's open work now.
            assertThat(detail.tasks()).isNotEmpty().allMatch(t -> t.status() == TaskStatus.OPEN);
            assertThat(detail.comments()).anyMatch(c -> c.body().contains("with the account's TAM"));
            TimelineEntryView entry = movesOn(moved).getFirst();
            assertThat(entry.notes())
                    .isEqualTo("TAM changed from %s to %s by %s."
                            .formatted(leaving.displayName(), taking.displayName(), manager.displayName()));
            assertThat(entry.authorId()).isEqualTo(manager.id());
        }
        assertThat(fixtures.open(stays, CtaType.ONBOARDING).orElseThrow().ownerId())
                .isEqualTo(leaving.id());
        assertThat(movesOn(stays)).isEmpty();

        // The team table counts them where they are now.
        TeamRow takingRow = assignments.team(me, false).stream()
                .filter(r -> r.tamId().equals(taking.id()))
                .findFirst()
                .orElseThrow();
        assertThat(takingRow.accounts()).isEqualTo(2);
        assertThat(takingRow.openOnboardings()).isEqualTo(2);
    }

    @Test
    void spreadingMovesEachAccountToTheLightestOtherReport() throws Exception {
        UserView leaving = fixtures.tam(manager);
        UserView ann = fixtures.tam(manager);
        UserView bob = fixtures.tam(manager);
        UUID one = fixtures.onboardingAccount(TestData.unique("Spread 1"), leaving);
        UUID two = fixtures.onboardingAccount(TestData.unique("Spread 2"), leaving);
        Reactions.awaitQuiet(jdbc);

        UUID jobId = assignments.startReassigning(leaving.id(), List.of(), null, false, me);
        BulkJobView job = finished(jobId);

        assertThat(job.results()).extracting(ItemResult::outcome).containsOnly(Outcome.MOVED);
        // Ann and Bob both carried nothing: the first account makes one of them heavier, so the
        // second goes to the other.
        assertThat(List.of(accounts.get(one).tamId(), accounts.get(two).tamId()))
                .containsExactlyInAnyOrder(ann.id(), bob.id());
    }

    @Test
    void theTeamTableCountsBookOnboardingsOverdueTasksAndGoalShares() throws Exception {
        UserView tam = fixtures.tam(manager);
        UUID account = fixtures.onboardingAccount(TestData.unique("Team"), tam);
        UUID onboarding =
                fixtures.open(account, CtaType.ONBOARDING).orElseThrow().id();
        // Started 50 days ago: every task is overdue, the onboarding and engagement goals are past.
        jdbc.sql("update cta set start_date = start_date - 50, due_date = due_date - 50 where id = ?")
                .param(onboarding)
                .update();
        jdbc.sql("update cta_task set due_date = due_date - 50 where cta_id = ?")
                .param(onboarding)
                .update();
        long tasks = jdbc.sql("select count(*) from cta_task where cta_id = ?")
                .param(onboarding)
                .query(Long.class)
                .single();

        TeamRow row = assignments.team(me, false).stream()
                .filter(r -> r.tamId().equals(tam.id()))
                .findFirst()
                .orElseThrow();

        assertThat(row.accounts()).isEqualTo(1);
        assertThat(row.openOnboardings()).isEqualTo(1);
        assertThat(row.overdueTasks()).isEqualTo(tasks);
        // Not engaged after 50 days > 14: OVERDUE, decided and not met; same for onboarding (> 45).
        assertThat(row.engage()).isEqualTo(new TeamRow.GoalShare(0, 1));
        assertThat(row.onboard()).isEqualTo(new TeamRow.GoalShare(0, 1));
        // First value: the contract started 10 days ago, no first value yet: on track, not decided.
        assertThat(row.firstValue()).isEqualTo(new TeamRow.GoalShare(0, 0));
        assertThat(row.firstValue().percent()).isNull();

        String page =
                body(mvc.perform(get("/manager").with(SignedIn.as(manager))).andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"team-" + tam.id() + "\"")
                .contains("/accounts?tam=" + tam.id())
                .contains("/manager/team/" + tam.id() + "/overdue-tasks")
                .contains("0% (0 of 1)");
        assertThat(body(mvc.perform(get("/manager/team/" + tam.id() + "/overdue-tasks")
                                .with(SignedIn.as(manager)))
                        .andExpect(status().isOk())))
                .contains("Complete internal transition");
    }

    @Test
    void onlyManagersSeeTheManagerView() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        mvc.perform(get("/manager").with(SignedIn.as(tam))).andExpect(status().isForbidden());
        mvc.perform(post("/manager/assignments").with(SignedIn.as(tam)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manager").with(SignedIn.as(manager))).andExpect(status().isOk());
    }

    private List<TimelineEntryView> movesOn(UUID accountId) {
        return timeline.ofAccount(accountId, PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.type() == TimelineEntryType.UPDATE && e.notes().startsWith("TAM changed"))
                .toList();
    }

    private BulkJobView finished(UUID jobId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> assignments.job(jobId, me).orElseThrow(), BulkJobView::finished);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
