package dev.facet.cta;

import static dev.facet.support.CrmApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.facet.account.AccountManagement;
import dev.facet.account.LifecycleStage;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario per trigger of DOMAIN 3, through the API as the CRM drives it, with its own context
 * because it routes every EMEA account to its own manager.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=cta-scenarios")
class OnboardingTriggerScenarioTests {

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    CrmApi api;
    UserView manager;
    UserView tam;

    @BeforeEach
    void setUp() {
        api = new CrmApi(http, json, TestData.apiToken(tokens));
        manager = TestData.user(users, Role.MANAGER);
        tam = TestData.user(users, Role.TAM);
        for (String segment : List.of("ENTERPRISE", "MID_MARKET", "SMB")) {
            jdbc.sql("""
                            insert into cta_routing (segment, region, manager_id) values (?, 'EMEA', ?)
                            on conflict (segment, region) do update set manager_id = excluded.manager_id""").params(segment, manager.id()).update();
        }
    }

    @Test
    void qualifyingArrWithoutTamAsksTheRoutedManagerThenOnboardsWithTheTam() {
        String crmId = TestData.unique("ARR");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Arr Co", "ENTERPRISE", false, "SAAS", 10, 62000, false, null),
                201);

        JsonNode assign = awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        assertThat(assign.get("owner").asString()).isEqualTo(manager.username());
        assertThat(assign.get("reason").asString()).isEqualTo("NEW_CUSTOMER");
        assertThat(assign.get("status").asString()).isEqualTo("NEW");
        assertThat(LocalDate.parse(assign.get("dueDate").asString()))
                .isEqualTo(LocalDate.parse(assign.get("startDate").asString()).plusDays(3));
        assertThat(assign.get("source").get("rule").asString()).isEqualTo("TAM_QUALIFYING_ARR");
        assertThat(assign.get("source").get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(assign.get("source").get("inputs").asString())
                .isEqualTo("ARR $62,000 (new account) >= ENTERPRISE threshold $50,000; TAM empty");

        api.put("/api/v1/accounts/" + crmId + "/tam", "{\"username\": \"" + tam.username() + "\"}", 200);

        JsonNode onboarding = awaitCta(crmId, c -> c.get("type").asString().equals("ONBOARDING"));
        assertThat(onboarding.get("owner").asString()).isEqualTo(tam.username());
        assertThat(onboarding.get("reason").asString()).isEqualTo("NEW_CUSTOMER");
        assertThat(onboarding.get("playbook").asString()).isEqualTo("Customer onboarding (SaaS)");
        assertThat(onboarding.get("tasks")).hasSize(5);
        assertThat(LocalDate.parse(onboarding.get("dueDate").asString()))
                .isEqualTo(
                        LocalDate.parse(onboarding.get("startDate").asString()).plusDays(45));
        assertThat(onboarding.get("source").get("inputs").asString()).contains("TAM assigned: ");
        JsonNode closedAssign = cta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        assertThat(closedAssign.get("status").asString()).isEqualTo("CLOSED_SUCCESS");
        assertThat(accounts.findByCrmId(crmId).orElseThrow().lifecycleStage()).isEqualTo(LifecycleStage.ONBOARDING);

        String ctaId = onboarding.get("id").asString();
        api.post("/api/v1/ctas/" + ctaId + "/close", "{\"status\": \"CLOSED_SUCCESS\"}", 200);
        assertThat(accounts.findByCrmId(crmId).orElseThrow().lifecycleStage()).isEqualTo(LifecycleStage.ADOPTION);

        // An upgrade after the onboarding closed opens another, for an existing customer.
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Arr Co", "ENTERPRISE", false, "SAAS", 10, 90000, false, tam.username()),
                200);
        JsonNode second = awaitCta(
                crmId,
                c -> c.get("type").asString().equals("ONBOARDING")
                        && c.get("status").asString().equals("NEW"));
        assertThat(second.get("reason").asString()).isEqualTo("EXISTING_CUSTOMER");
    }

    @Test
    void stageFiveOpensTheSelfManagedOnboardingAtOnceWhenTheTamIsSet() {
        String crmId = TestData.unique("S5");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Stage Co", "MID_MARKET", false, "DEDICATED", 10, 5000, false, tam.username()),
                201);
        api.put("/api/v1/accounts/" + crmId + "/opportunities/" + crmId + "-1", """
                {"type": "ADD_ON", "stage": "5-Negotiating", "amount": 15000, "closeDate": "2027-01-31"}""", 201);

        JsonNode onboarding = awaitCta(crmId, c -> c.get("type").asString().equals("ONBOARDING"));
        assertThat(onboarding.get("owner").asString()).isEqualTo(tam.username());
        assertThat(onboarding.get("playbook").asString()).isEqualTo("Customer onboarding (Self-Managed)");
        assertThat(onboarding.get("source").get("rule").asString()).isEqualTo("STAGE_FIVE");
        assertThat(onboarding.get("source").get("inputs").asString())
                .startsWith(
                        "Opportunity " + crmId + "-1 (ADD_ON) reached 5-Negotiating; ARR once closed $5,000 + $15,000");
        assertThat(ctas(crmId)).hasSize(1);
    }

    @Test
    void aPurchaseThatMakesTheAccountRubyOrAboveQualifiesEvenInSmb() {
        String crmId = TestData.unique("GEM");
        api.put("/api/v1/accounts/" + crmId, account("Gem Co", "SMB", false, "SAAS", 6000, 1000, false, null), 201);

        JsonNode assign = awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        assertThat(assign.get("source").get("rule").asString()).isEqualTo("GEMSTONE");
        assertThat(assign.get("source").get("inputs").asString())
                .startsWith("Gemstone DIAMOND (first gemstone) >= RUBY");
    }

    @Test
    void thePilotFlagQualifiesAnySegment() {
        String crmId = TestData.unique("PIL");
        api.put("/api/v1/accounts/" + crmId, account("Pilot Co", "SMB", false, "SAAS", 5, 1000, false, null), 201);
        api.put("/api/v1/accounts/" + crmId, account("Pilot Co", "SMB", false, "SAAS", 5, 1000, true, null), 200);

        JsonNode assign = awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        assertThat(assign.get("source").get("rule").asString()).isEqualTo("ONBOARDING_PILOT");
    }

    @Test
    void byHandThroughTheApiWithAPastStartDate() {
        String crmId = TestData.unique("HAND");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Hand Co", "SMB", false, "SELF_MANAGED", 5, 1000, false, tam.username()),
                201);
        LocalDate start = LocalDate.now().minusDays(60);

        JsonNode created = api.post("/api/v1/accounts/" + crmId + "/ctas", """
                {"type": "ONBOARDING", "owner": "%s", "playbook": "onboarding-self-managed", "startDate": "%s"}""".formatted(tam.username(), start), 201);
        assertThat(created.get("source").get("kind").asString()).isEqualTo("INTEGRATION");
        assertThat(created.get("reason").asString()).isEqualTo("NEW_CUSTOMER");
        assertThat(LocalDate.parse(created.get("tasks").get(0).get("dueDate").asString()))
                .isEqualTo(start.plusDays(7));

        // A second open onboarding for the same reason is refused.
        api.post("/api/v1/accounts/" + crmId + "/ctas", """
                {"type": "ONBOARDING", "owner": "%s", "playbook": "onboarding-self-managed"}""".formatted(tam.username()), 409);

        String id = created.get("id").asString();
        String taskId = created.get("tasks").get(1).get("id").asString();
        JsonNode noNote = api.post("/api/v1/ctas/" + id + "/tasks/" + taskId, "{\"status\": \"NOT_APPLICABLE\"}", 422);
        assertThat(noNote.toString()).contains("note");
        JsonNode na = api.post(
                "/api/v1/ctas/" + id + "/tasks/" + taskId,
                "{\"status\": \"NOT_APPLICABLE\", \"note\": \"Kickoff held by the partner\"}",
                200);
        assertThat(na.get("tasks").get(1).get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(na.get("status").asString()).isEqualTo("WORK_IN_PROGRESS");

        api.post(
                "/api/v1/ctas/" + id + "/close",
                "{\"status\": \"CLOSED_SUCCESS\", \"closedDate\": \"%s\"}".formatted(start.minusDays(1)),
                422);
        JsonNode closed = api.post(
                "/api/v1/ctas/" + id + "/close",
                "{\"status\": \"CLOSED_SUCCESS\", \"closedDate\": \"%s\"}".formatted(start.plusDays(40)),
                200);
        assertThat(closed.get("closedDate").asString())
                .isEqualTo(start.plusDays(40).toString());
        api.post("/api/v1/ctas/" + id + "/close", "{\"status\": \"CLOSED_SUCCESS\"}", 409);
    }

    @Test
    void aRuleFiringForAnOnboardingMadeByHandKeepsItsMakerAndRecordsTheFiring() {
        String crmId = TestData.unique("HANDRULE");
        String body = account("Hand Rule Co", "SMB", false, "SAAS", 5, 1000, false, tam.username());
        api.put("/api/v1/accounts/" + crmId, body, 201);
        api.post("/api/v1/accounts/" + crmId + "/ctas", """
                {"type": "ONBOARDING", "owner": "%s", "playbook": "onboarding-saas"}""".formatted(tam.username()), 201);

        api.put(
                "/api/v1/accounts/" + crmId,
                body.replace("\"onboardingPilot\": false", "\"onboardingPilot\": true"),
                200);

        await().atMost(Duration.ofSeconds(10)).until(() -> firings(crmId) == 1);
        assertThat(ctas(crmId))
                .singleElement()
                .satisfies(cta ->
                        assertThat(cta.get("source").get("kind").asString()).isEqualTo("INTEGRATION"));
    }

    @Test
    void settingTheTamClosesTheWaitingAssignTamItemEvenWhenTheOnboardingWasMadeByHand() {
        String crmId = TestData.unique("WAIT");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Wait Co", "ENTERPRISE", false, "SAAS", 10, 70000, false, null),
                201);
        awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        api.post("/api/v1/accounts/" + crmId + "/ctas", """
                {"type": "ONBOARDING", "owner": "%s", "playbook": "onboarding-saas"}""".formatted(tam.username()), 201);

        api.put("/api/v1/accounts/" + crmId + "/tam", "{\"username\": \"" + tam.username() + "\"}", 200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> cta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"))
                        .get("status")
                        .asString()
                        .equals("CLOSED_SUCCESS"));
        assertThat(ctas(crmId)).hasSize(2);
    }

    @Test
    void theSameRequestTwiceAndSeveralTriggersAtOnceLeaveOneCtaThatRecordsEachFiring() {
        String crmId = TestData.unique("DUP");
        // ARR, gemstone (6,000 seats: DIAMOND) and pilot all fire for this one account.
        String body = account("Dup Co", "ENTERPRISE", false, "SAAS", 6000, 80000, true, null);
        api.put("/api/v1/accounts/" + crmId, body, 201);
        api.put("/api/v1/accounts/" + crmId, body, 200);

        awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        await().atMost(Duration.ofSeconds(10)).until(() -> firings(crmId) == 3);
        assertThat(ctas(crmId)).hasSize(1);
    }

    @Test
    void concurrentFirstDeliveriesOfOneAccountLeaveOneAccountAndOneCta() throws Exception {
        String crmId = TestData.unique("RACE");
        String body = account("Race Co", "ENTERPRISE", false, "SAAS", 10, 75000, false, tam.username());
        int parallel = 6;
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(parallel);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Callable<Integer> call = () -> {
                start.await();
                return http.put()
                        .uri("/api/v1/accounts/" + crmId)
                        .header("Authorization", "Bearer " + apiToken())
                        .header("Content-Type", "application/json")
                        .body(body)
                        .exchange()
                        .returnResult(byte[].class)
                        .getStatus()
                        .value();
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        awaitCta(crmId, c -> c.get("type").asString().equals("ONBOARDING"));
        assertThat(ctas(crmId)).hasSize(1);
    }

    @Test
    void clearingAndGivingTheTamTwiceChangesNothingMore() {
        String crmId = TestData.unique("TAM");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Tam Co", "ENTERPRISE", false, "SAAS", 10, 55000, false, null),
                201);
        awaitCta(crmId, c -> c.get("type").asString().equals("ASSIGN_TAM"));
        String assign = "{\"username\": \"" + tam.username() + "\"}";
        api.put("/api/v1/accounts/" + crmId + "/tam", assign, 200);
        api.put("/api/v1/accounts/" + crmId + "/tam", assign, 200);
        awaitCta(crmId, c -> c.get("type").asString().equals("ONBOARDING"));
        assertThat(ctas(crmId)).hasSize(2);

        JsonNode cleared = api.put("/api/v1/accounts/" + crmId + "/tam", "{\"username\": null}", 200);
        assertThat(cleared.get("tam").isNull()).isTrue();
        api.put("/api/v1/accounts/" + crmId + "/tam", "{\"username\": \"nobody-" + crmId + "\"}", 422);
        api.put("/api/v1/accounts/NO-SUCH-" + crmId + "/tam", assign, 404);
    }

    private String apiTokenValue;

    private String apiToken() {
        if (apiTokenValue == null) {
            apiTokenValue = TestData.apiToken(tokens);
        }
        return apiTokenValue;
    }

    private List<JsonNode> ctas(String crmId) {
        JsonNode list = api.get("/api/v1/accounts/" + crmId + "/ctas", 200);
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private JsonNode cta(String crmId, Predicate<JsonNode> which) {
        return ctas(crmId).stream().filter(which).findFirst().orElseThrow();
    }

    private JsonNode awaitCta(String crmId, Predicate<JsonNode> which) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ctas(crmId).stream().anyMatch(which));
        return cta(crmId, which);
    }

    private long firings(String crmId) {
        return jdbc.sql("""
                        select count(*) from cta_firing f join cta c on c.id = f.cta_id
                        join account a on a.id = c.account_id where a.crm_id = ?""").param(crmId).query(Long.class).single();
    }
}
