package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.security.ApiTokenManagement;
import dev.facet.security.IssuedApiToken;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CRM's door, over HTTP on PostgreSQL: happy paths and every kind of bad input. */
@ApplicationTest
class AccountApiTests {

    @Autowired
    RestTestClient http;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    JsonMapper json;

    String token;
    UserView tam;

    @BeforeEach
    void setUp() {
        token = TestData.apiToken(tokens);
        tam = TestData.user(users, Role.TAM);
    }

    @Test
    void createsThenUpdatesAnAccountWithItsGemstone() {
        String crmId = TestData.unique("ACC");
        JsonNode created =
                put("/api/v1/accounts/" + crmId, account("Zeta Corp", 2345, "ULTIMATE", tam.username()), 201);
        assertThat(created.get("gemstone").asString()).isEqualTo("DIAMOND");
        assertThat(created.get("gemstoneReason").asString()).isEqualTo("seats 2,345 > 2,000 on Ultimate");
        assertThat(created.get("tam").asString()).isEqualTo(tam.username());
        assertThat(created.get("lifecycleStage").asString()).isEqualTo("PROSPECT");
        assertThat(created.get("contacts").get(0).get("roles").get(0).asString())
                .isEqualTo("ADMIN");

        JsonNode updated = put("/api/v1/accounts/" + crmId, account("Zeta Corp", 700, "PREMIUM", null), 200);
        assertThat(updated.get("gemstone").asString()).isEqualTo("RUBY");
        assertThat(updated.get("gemstoneReason").asString()).isEqualTo("seats 700 > 500");
        assertThat(updated.get("tam").isNull()).isTrue();

        JsonNode fetched = get("/api/v1/accounts/" + crmId, 200);
        assertThat(fetched.get("name").asString()).isEqualTo("Zeta Corp");
        assertThat(fetched.get("totalAccountValue").decimalValue()).isZero();
    }

    @Test
    void opportunitiesChangeTotalAccountValueAndGemstone() {
        String crmId = TestData.unique("ACC");
        put("/api/v1/accounts/" + crmId, account("Small Co", 10, "PREMIUM", null), 201);
        String close = LocalDate.now().toString();

        put(
                "/api/v1/accounts/" + crmId + "/opportunities/" + crmId + "-1",
                opportunity("NEW_BUSINESS", "Closed Won", 60000, close),
                201);
        JsonNode ruby = get("/api/v1/accounts/" + crmId, 200);
        assertThat(ruby.get("totalAccountValue").decimalValue()).isEqualByComparingTo("60000");
        assertThat(ruby.get("gemstone").asString()).isEqualTo("RUBY");
        assertThat(ruby.get("gemstoneReason").asString()).isEqualTo("TAV $60,000 > $50,000");

        JsonNode changed = put(
                "/api/v1/accounts/" + crmId + "/opportunities/" + crmId + "-1",
                opportunity("NEW_BUSINESS", "Closed Won", 150000, close),
                200);
        assertThat(changed.get("stage").asString()).isEqualTo("Closed Won");
        assertThat(get("/api/v1/accounts/" + crmId, 200).get("gemstone").asString())
                .isEqualTo("SAPPHIRE");

        put(
                "/api/v1/accounts/" + crmId + "/opportunities/" + crmId + "-1",
                opportunity("NEW_BUSINESS", "Closed Lost", 150000, close),
                200);
        assertThat(get("/api/v1/accounts/" + crmId, 200).get("gemstone").asString())
                .isEqualTo("QUARTZ");
    }

    @Test
    void listsAccountsFilteredBySegmentGemstoneAndTam() {
        String crmId = TestData.unique("ACC");
        put("/api/v1/accounts/" + crmId, account("Filter Co", 6000, "FREE", tam.username()), 201);
        JsonNode page = get(
                "/api/v1/accounts?segment=ENTERPRISE&gemstone=DIAMOND&tam=" + tam.username() + "&page=0&size=10", 200);
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("crmId").asString()).isEqualTo(crmId);
        assertThat(page.get("content").get(0).get("tam").asString()).isEqualTo(tam.username());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown enum value  | "segment": "HUGE"                    | 400 | segment
            malformed date      | "originalContractDate": "2026-13-45" | 400 | originalContractDate
            negative seats      | "seats": -1                          | 422 | seats
            negative ARR        | "arr": -5                            | 422 | arr
            missing name        | "name": null                         | 422 | name
            unknown TAM         | "tam": "nobody-at-all"               | 422 | tam
            unknown contact role| "contacts": [{"name": "A", "email": "a@b.example", "roles": ["BOSS"]}] | 400 | contacts[0].roles[0]
            invalid email       | "contacts": [{"name": "A", "email": "nope", "roles": []}] | 422 | contacts[0].email
            """)
    void rejectsBadAccountBodiesNamingTheField(String label, String override, int status, String field) {
        String valid = account("Bad Co", 10, "FREE", null);
        // the override comes last: of two equal keys, JSON readers keep the last one
        String body = valid.substring(0, valid.lastIndexOf('}')) + "," + override + "}";
        JsonNode problem = put("/api/v1/accounts/" + TestData.unique("BAD"), body, status);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
        assertThat(problem.toString()).doesNotContain("Exception", "at dev.facet");
    }

    @Test
    void rejectsMissingFields() {
        JsonNode problem = put("/api/v1/accounts/" + TestData.unique("BAD"), "{\"name\": \"Only a name\"}", 422);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .contains("segment", "region", "seats", "arr", "originalContractDate", "productTier", "deploymentType");
    }

    @Test
    void rejectsBadOpportunities() {
        String crmId = TestData.unique("ACC");
        put("/api/v1/accounts/" + crmId, account("Opp Co", 10, "FREE", null), 201);
        String path = "/api/v1/accounts/" + crmId + "/opportunities/" + crmId + "-1";
        assertThat(put(path, opportunity("NEW_BUSINESS", "Closed Won", -1, "2026-01-01"), 422)
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactly("amount");
        assertThat(put(path, opportunity("NEW_BUSINESS", "9-Celebrating", 1, "2026-01-01"), 400)
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactly("stage");
        assertThat(put(path, opportunity("GIFT", "Closed Won", 1, "2026-01-01"), 400)
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactly("type");
        assertThat(put(path, opportunity("NEW_BUSINESS", "Closed Won", 1, "01/02/2026"), 400)
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactly("closeDate");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertThat(get("/api/v1/accounts?page=-1&size=500", 400).get("errors").findValuesAsString("field"))
                .contains("page", "size");
        assertThat(put("/api/v1/accounts/has space", account("Bad Id", 1, "FREE", null), 400)
                        .get("errors")
                        .findValuesAsString("field"))
                .contains("crmId");
        assertThat(get("/api/v1/accounts?page=99999999", 200).get("content").isEmpty())
                .isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownAccount() {
        assertThat(get("/api/v1/accounts/NO-SUCH-ACCOUNT", 404).get("title").asString())
                .isEqualTo("Not found");
        put(
                "/api/v1/accounts/NO-SUCH-ACCOUNT/opportunities/X-1",
                opportunity("NEW_BUSINESS", "Closed Won", 1, "2026-01-01"),
                404);
    }

    @Test
    void refusesAnOpportunityOfAnotherAccount() {
        String first = TestData.unique("ACC");
        String second = TestData.unique("ACC");
        put("/api/v1/accounts/" + first, account("First", 10, "FREE", null), 201);
        put("/api/v1/accounts/" + second, account("Second", 10, "FREE", null), 201);
        put(
                "/api/v1/accounts/" + first + "/opportunities/SHARED-" + first,
                opportunity("ADD_ON", "1-Discovery", 1, "2026-01-01"),
                201);
        put(
                "/api/v1/accounts/" + second + "/opportunities/SHARED-" + first,
                opportunity("ADD_ON", "1-Discovery", 1, "2026-01-01"),
                409);
    }

    @Test
    void needsAValidUnrevokedToken() {
        http.get()
                .uri("/api/v1/accounts")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get()
                .uri("/api/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer facet_wrong")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        IssuedApiToken issued = tokens.issue(TestData.unique("revoked"), null);
        tokens.revoke(issued.token().id());
        http.get()
                .uri("/api/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.value())
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void needsNoCsrfTokenWithABearerToken() {
        // put() sends no CSRF token and no session cookie; it still succeeds
        put("/api/v1/accounts/" + TestData.unique("ACC"), account("No Csrf", 1, "FREE", null), 201);
    }

    private JsonNode put(String path, String body, int status) {
        byte[] response = http.put()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(response);
    }

    private JsonNode get(String path, int status) {
        byte[] response = http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(response);
    }

    private String account(String name, int seats, String tier, String tamUsername) {
        return json.writeValueAsString(new java.util.LinkedHashMap<>(Map.ofEntries(
                        Map.entry("name", name),
                        Map.entry("segment", "ENTERPRISE"),
                        Map.entry("region", "EMEA"),
                        Map.entry("publicSector", false),
                        Map.entry("deploymentType", "SAAS"),
                        Map.entry("productTier", tier),
                        Map.entry("seats", seats),
                        Map.entry("arr", 120000),
                        Map.entry("originalContractDate", "2026-11-01"),
                        Map.entry("onboardingPilot", false),
                        Map.entry("tam", tamUsername == null ? "" : tamUsername),
                        Map.entry("salesOwner", "Pat Sales"),
                        Map.entry(
                                "contacts",
                                java.util.List.of(Map.of(
                                        "name",
                                        "Ann Admin",
                                        "email",
                                        "ann@zeta.example",
                                        "roles",
                                        java.util.List.of("ADMIN")))))))
                .replace("\"tam\":\"\"", "\"tam\":null");
    }

    private static String opportunity(String type, String stage, long amount, String closeDate) {
        return """
                {"type": "%s", "stage": "%s", "amount": %d, "closeDate": "%s"}""".formatted(type, stage, amount, closeDate);
    }
}
