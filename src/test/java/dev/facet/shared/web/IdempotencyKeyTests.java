package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.ApiTokenManagement;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} over HTTP on PostgreSQL, through the account API: creating an account
 * with PUT answers 201 and updating it 200, so a second run of the handler would show as a 200.
 */
@ApplicationTest
class IdempotencyKeyTests {

    @Autowired
    RestTestClient http;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String token;

    @BeforeEach
    void setUp() {
        token = TestData.apiToken(tokens);
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutRunningAgain() {
        String path = "/api/v1/accounts/" + TestData.unique("IDEM");
        String key = TestData.unique("key");

        ExchangeResult first = put(token, path, key, account("Idem Co"));
        ExchangeResult repeat = put(token, path, key, account("Idem Co"));

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(first.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                .isNull();
        assertThat(repeat.getStatus().value()).isEqualTo(201); // a second run would have answered 200
        assertThat(repeat.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(repeat.getResponseHeaders().getContentType())
                .isEqualTo(first.getResponseHeaders().getContentType());
        assertThat(repeat.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
        assertThat(json.readTree(repeat.getResponseBodyContent()).get("name").asString())
                .isEqualTo("Idem Co");
        // the security headers of the chain still come with a replay
        assertThat(repeat.getResponseHeaders().getFirst("Content-Security-Policy"))
                .isNotNull();
    }

    @Test
    void theSameKeyOnAnotherBodyOrPathIsRefused() {
        String crmId = TestData.unique("IDEM");
        String key = TestData.unique("key");
        assertThat(put(token, "/api/v1/accounts/" + crmId, key, account("First"))
                        .getStatus()
                        .value())
                .isEqualTo(201);

        for (ExchangeResult refused : List.of(
                put(token, "/api/v1/accounts/" + crmId, key, account("Second")),
                put(token, "/api/v1/accounts/" + crmId + "-other", key, account("First")))) {
            assertThat(refused.getStatus().value()).isEqualTo(422);
            assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(refused.getResponseBodyContent());
            assertThat(problem.get("type").asString()).isEqualTo("urn:facet:problem:idempotency-key-reused");
            assertThat(problem.get("title").asString()).isEqualTo("Idempotency-Key reused");
            assertThat(problem.get("status").asInt()).isEqualTo(422);
            assertThat(problem.get("detail").asString()).contains("different request");
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
        }
        // neither refused request ran
        assertThat(fetch(token, "/api/v1/accounts/" + crmId).get("name").asString())
                .isEqualTo("First");
        assertThat(statusOf(token, "/api/v1/accounts/" + crmId + "-other")).isEqualTo(404);
    }

    @Test
    void keysOfTwoCallersDoNotCollide() {
        String otherToken = TestData.apiToken(tokens);
        String key = TestData.unique("key");

        ExchangeResult mine = put(token, "/api/v1/accounts/" + TestData.unique("IDEM"), key, account("Mine"));
        ExchangeResult theirs = put(otherToken, "/api/v1/accounts/" + TestData.unique("IDEM"), key, account("Theirs"));

        assertThat(mine.getStatus().value()).isEqualTo(201);
        assertThat(theirs.getStatus().value()).isEqualTo(201);
        assertThat(theirs.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                .isNull();
        assertThat(json.readTree(theirs.getResponseBodyContent()).get("name").asString())
                .isEqualTo("Theirs");
    }

    @Test
    void anEmptyKeyIsRefusedNamingTheHeader() {
        String path = "/api/v1/accounts/" + TestData.unique("IDEM");
        assertRefusedAsBadKey(put(token, path, "", account("Bad Key")));
        assertThat(statusOf(token, path)).isEqualTo(404);
    }

    @Test
    void aTooLongOrRepeatedKeyIsRefused() {
        assertRefusedAsBadKey(put(token, "/api/v1/accounts/" + TestData.unique("IDEM"), "k".repeat(256), "{}"));
        assertRefusedAsBadKey(http.put()
                .uri("/api/v1/accounts/" + TestData.unique("IDEM"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(IdempotencyFilter.KEY_HEADER, "one", "two")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account("Two Keys"))
                .exchange()
                .returnResult());
        assertThat(put(token, "/api/v1/accounts/" + TestData.unique("IDEM"), "k".repeat(255), account("Long Key"))
                        .getStatus()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void requestsWithoutAKeyRunAsBefore() {
        String path = "/api/v1/accounts/" + TestData.unique("IDEM");
        ExchangeResult created = put(token, path, null, account("No Key"));
        ExchangeResult updated = put(token, path, null, account("No Key"));
        assertThat(created.getStatus().value()).isEqualTo(201);
        assertThat(updated.getStatus().value()).isEqualTo(200);
        assertThat(updated.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                .isNull();
    }

    @Test
    void anUnauthenticatedRequestClaimsNoKey() {
        String key = TestData.unique("key");
        ExchangeResult refused = http.put()
                .uri("/api/v1/accounts/" + TestData.unique("IDEM"))
                .header(IdempotencyFilter.KEY_HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(account("Nobody"))
                .exchange()
                .returnResult();
        assertThat(refused.getStatus().value()).isEqualTo(401);
        assertThat(rowsFor(key)).isZero();
    }

    @Test
    void anExpiredKeyRunsAgain() {
        String path = "/api/v1/accounts/" + TestData.unique("IDEM");
        String key = TestData.unique("key");
        assertThat(put(token, path, key, account("Expiring")).getStatus().value())
                .isEqualTo(201);
        jdbc.sql("update api_idempotent_request set created_at = created_at - interval '25 hours'"
                        + " where idempotency_key = :key")
                .param("key", key)
                .update();

        ExchangeResult again = put(token, path, key, account("Expiring"));

        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                .isNull();
        assertThat(rowsFor(key)).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsWithOneKeyRunOnce() throws Exception {
        String path = "/api/v1/accounts/" + TestData.unique("IDEM");
        String key = TestData.unique("key");
        CountDownLatch start = new CountDownLatch(1);
        List<ExchangeResult> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<ExchangeResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return put(token, path, key, account("Racing"));
                }));
            }
            start.countDown();
            for (Future<ExchangeResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        List<ExchangeResult> ran = results.stream()
                .filter(r -> r.getStatus().value() == 201
                        && r.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER) == null)
                .toList();
        assertThat(ran).hasSize(1);
        ExchangeResult other = results.get(results.get(0) == ran.getFirst() ? 1 : 0);
        if (other.getStatus().value() == 409) {
            JsonNode problem = json.readTree(other.getResponseBodyContent());
            assertThat(problem.get("type").asString()).isEqualTo("urn:facet:problem:idempotency-key-in-progress");
        } else {
            assertThat(other.getStatus().value()).isEqualTo(201);
            assertThat(other.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER))
                    .isEqualTo("true");
            assertThat(other.getResponseBodyContent()).isEqualTo(ran.getFirst().getResponseBodyContent());
        }
        assertThat(rowsFor(key)).isEqualTo(1);
    }

    @Test
    void theApiDocsDescribeTheHeader() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(user("reader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode parameters = json.readTree(docs)
                .get("paths")
                .get("/api/v1/accounts/{crmId}")
                .get("put")
                .get("parameters");
        assertThat(parameters.findValuesAsString("name")).contains("Idempotency-Key");
    }

    private void assertRefusedAsBadKey(ExchangeResult result) {
        assertThat(result.getStatus().value()).isEqualTo(400);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(result.getResponseBodyContent());
        assertThat(problem.get("detail").asString()).contains("Idempotency-Key");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
    }

    private long rowsFor(String key) {
        return jdbc.sql("select count(*) from api_idempotent_request where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private ExchangeResult put(String bearer, String path, String key, String body) {
        return http.put()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .headers(h -> {
                    if (key != null) {
                        h.set(IdempotencyFilter.KEY_HEADER, key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .returnResult();
    }

    private int statusOf(String bearer, String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .returnResult()
                .getStatus()
                .value();
    }

    private JsonNode fetch(String bearer, String path) {
        return json.readTree(http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .returnResult()
                .getResponseBodyContent());
    }

    private static String account(String name) {
        return """
                {"name": "%s", "segment": "ENTERPRISE", "region": "EMEA", "publicSector": false,
                 "deploymentType": "SAAS", "productTier": "PREMIUM", "seats": 10, "arr": 1000,
                 "originalContractDate": "2026-11-01", "onboardingPilot": false}""".formatted(name);
    }
}
