package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.account.AccountManagement;
import dev.facet.account.Sentiment;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The timeline's API over HTTP on PostgreSQL: the CRM records entries and reads them back a page at a time. */
@ApplicationTest
class TimelineApiTests {

    @Autowired
    RestTestClient http;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JsonMapper json;

    CrmApi api;
    String token;
    UserView tam;
    String crmId;

    @BeforeEach
    void setUp() {
        token = TestData.apiToken(tokens);
        api = new CrmApi(http, json, token);
        tam = TestData.user(users, Role.TAM);
        crmId = TestData.unique("TLAPI");
        api.put(
                "/api/v1/accounts/" + crmId,
                CrmApi.account("Timeline API Co", "SMB", false, "SAAS", 10, 1000, false, tam.username()),
                201);
    }

    @Test
    void createsAnEntryAnswering201WithItsLocation() {
        var response = http.post()
                .uri("/api/v1/accounts/" + crmId + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("UPDATE", "2026-03-02", tam.username(), "\"RED\"", "Champion *left*.")
                        .replace(
                                "\"attendees\": []",
                                "\"attendees\": [\"Dana Lee\", \" dana lee \", \"ops@acme.example\"]"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult();
        JsonNode created = json.readTree(response.getResponseBody());
        String location = response.getResponseHeaders().getLocation().toString();
        assertThat(location)
                .isEqualTo("/api/v1/accounts/" + crmId + "/timeline/"
                        + created.get("id").asString());
        assertThat(created.get("account").asString()).isEqualTo(crmId);
        assertThat(created.get("type").asString()).isEqualTo("UPDATE");
        assertThat(created.get("date").asString()).isEqualTo("2026-03-02");
        assertThat(created.get("author").asString()).isEqualTo(tam.username());
        assertThat(created.get("sentiment").asString()).isEqualTo("RED");
        assertThat(created.get("notes").asString()).isEqualTo("Champion *left*.");
        assertThat(created.get("attendees").valueStream().map(JsonNode::asString))
                .containsExactly("Dana Lee", "ops@acme.example");
        assertThat(created.get("revisions").asInt()).isZero();

        assertThat(api.get(location, 200).get("id")).isEqualTo(created.get("id"));
        assertThat(accounts.findByCrmId(crmId).orElseThrow().sentiment()).isEqualTo(Sentiment.RED);
    }

    @Test
    void listsTheTimelineNewestFirstAPageAtATime() {
        for (int day = 1; day <= 5; day++) {
            api.post(
                    "/api/v1/accounts/" + crmId + "/timeline",
                    entry("CALL", "2026-01-0" + day, tam.username(), "null", "Call " + day),
                    201);
        }
        JsonNode first = api.get("/api/v1/accounts/" + crmId + "/timeline?page=0&size=2", 200);
        assertThat(first.get("totalElements").asLong()).isEqualTo(5);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("content").valueStream().map(e -> e.get("notes").asString()))
                .containsExactly("Call 5", "Call 4");
        JsonNode last = api.get("/api/v1/accounts/" + crmId + "/timeline?page=2&size=2", 200);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(last.get("content").valueStream().map(e -> e.get("notes").asString()))
                .containsExactly("Call 1");
    }

    @Test
    void anUnknownAccountIs404() {
        api.post(
                "/api/v1/accounts/NO-SUCH-" + crmId + "/timeline",
                entry("CALL", "2026-01-01", tam.username(), "null", "x"),
                404);
        api.get("/api/v1/accounts/NO-SUCH-" + crmId + "/timeline", 404);
    }

    @Test
    void anUnknownOrInactiveAuthorIs422NamingTheField() {
        JsonNode unknown = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("CALL", "2026-01-01", "nobody-here", "null", "x"),
                422);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("author");

        UserView gone = TestData.user(users, Role.TAM);
        users.deactivate(gone.id(), dev.facet.security.SignedIn.currentUser(TestData.user(users, Role.ADMIN)));
        JsonNode inactive = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("CALL", "2026-01-01", gone.username(), "null", "x"),
                422);
        assertThat(inactive.get("errors").get(0).get("field").asString()).isEqualTo("author");

        JsonNode blank = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("CALL", "2026-01-01", tam.username(), "null", "  "),
                422);
        assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("notes");
    }

    @Test
    void aBadEnumOrDateIs400() {
        JsonNode type = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("LUNCH", "2026-01-01", tam.username(), "null", "x"),
                400);
        assertThat(type.get("errors").get(0).get("field").asString()).isEqualTo("type");
        JsonNode date = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("CALL", "2026-02-31", tam.username(), "null", "x"),
                400);
        assertThat(date.get("errors").get(0).get("field").asString()).isEqualTo("date");
        JsonNode sentiment = api.post(
                "/api/v1/accounts/" + crmId + "/timeline",
                entry("CALL", "2026-01-01", tam.username(), "\"BLUE\"", "x"),
                400);
        assertThat(sentiment.get("errors").get(0).get("field").asString()).isEqualTo("sentiment");
        api.get("/api/v1/accounts/" + crmId + "/timeline?page=-1", 400);
        api.get("/api/v1/accounts/" + crmId + "/timeline?size=0", 400);
    }

    @Test
    void theDateDefaultsToToday() {
        JsonNode created = api.post("/api/v1/accounts/" + crmId + "/timeline", """
                {"type": "EMAIL", "author": "%s", "notes": "Sent the recap."}""".formatted(tam.username()), 201);
        assertThat(LocalDate.parse(created.get("date").asString()))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        assertThat(created.get("attendees").isEmpty()).isTrue();
    }

    private static String entry(String type, String date, String author, String sentiment, String notes) {
        return """
                {"type": "%s", "date": "%s", "author": "%s", "sentiment": %s, "notes": "%s", "attendees": []}""".formatted(type, date, author, sentiment, notes);
    }
}
