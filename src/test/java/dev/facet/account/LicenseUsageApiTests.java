package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.security.ApiTokenManagement;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Utilization readings over HTTP on PostgreSQL, and the First Value Date they set. */
@ApplicationTest
class LicenseUsageApiTests {

    @Autowired
    RestTestClient http;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    CrmApi crm;
    String crmId;
    String path;
    LocalDate today;

    @BeforeEach
    void setUp() {
        crm = new CrmApi(http, json, TestData.apiToken(tokens));
        today = LocalDate.now();
        crmId = TestData.unique("LU");
        crm.put(
                "/api/v1/accounts/" + crmId,
                CrmApi.account("Usage Co", "SMB", false, "SAAS", 10, 1000, false, null),
                201);
        path = "/api/v1/accounts/" + crmId + "/license-usage";
    }

    @Test
    void theFirstCloudReadingAtTheThresholdSetsTheFirstValueDate() {
        JsonNode below = crm.post(path, reading(today.minusDays(20), "9.99", "CLOUD_LICENSE"), 201);
        assertThat(below.get("outcome").asString()).isEqualTo("CREATED");
        assertThat(below.get("firstValueDate").isNull()).isTrue();

        // a manual reading never sets it, however high
        crm.post(path, reading(today.minusDays(18), "55", "MANUAL"), 201);
        assertThat(firstValue()).isEqualTo(FirstValue.NONE);

        JsonNode at = crm.post(path, reading(today.minusDays(10), "10", "CLOUD_LICENSE"), 201);
        assertThat(at.get("firstValueDate").asString())
                .isEqualTo(today.minusDays(10).toString());
        assertThat(at.get("firstValueSource").asString()).isEqualTo("CLOUD_LICENSE");

        // a later reading above it changes nothing; a late-arriving earlier one moves it earlier
        crm.post(path, reading(today.minusDays(5), "30", "CLOUD_LICENSE"), 201);
        assertThat(firstValue().date()).isEqualTo(today.minusDays(10));
        crm.post(path, reading(today.minusDays(15), "12.5", "CLOUD_LICENSE"), 201);
        assertThat(firstValue()).isEqualTo(new FirstValue(today.minusDays(15), FirstValueSource.CLOUD_LICENSE, null));

        // a correction of that reading below the threshold hands the date to the next qualifying one
        JsonNode corrected = crm.post(path, reading(today.minusDays(15), "8", "CLOUD_LICENSE"), 200);
        assertThat(corrected.get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(corrected.get("firstValueDate").asString())
                .isEqualTo(today.minusDays(10).toString());
    }

    @Test
    void theSameReadingTwiceChangesNothing() {
        String body = reading(today.minusDays(3), "42.5", "CLOUD_LICENSE");
        JsonNode first = crm.post(path, body, 201);
        JsonNode again = crm.post(path, body, 200);

        assertThat(again.get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("reading")).isEqualTo(first.get("reading"));
        assertThat(jdbc.sql("select count(*) from license_usage_reading r join account a on a.id = r.account_id"
                                + " where a.crm_id = :crmId")
                        .param("crmId", crmId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void settingTheFirstValueDateLeavesTheAccountVersionAlone() {
        long version = accounts.findByCrmId(crmId).orElseThrow().version();
        crm.post(path, reading(today.minusDays(1), "50", "CLOUD_LICENSE"), 201);

        AccountView after = accounts.findByCrmId(crmId).orElseThrow();
        assertThat(after.firstValueDate()).isEqualTo(today.minusDays(1));
        assertThat(after.version()).isEqualTo(version);

        // and a later CRM update, with an open form's worth of old data, does not put it back
        crm.put(
                "/api/v1/accounts/" + crmId,
                CrmApi.account("Usage Co", "SMB", false, "SAAS", 12, 1000, false, null),
                200);
        assertThat(accounts.findByCrmId(crmId).orElseThrow().firstValueDate()).isEqualTo(today.minusDays(1));
    }

    @Test
    void listsReadingsNewestFirstAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            crm.post(path, reading(today.minusDays(i), String.valueOf(i), "CLOUD_LICENSE"), 201);
        }
        JsonNode page = crm.get(path + "?size=2&page=1", 200);
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("content")
                        .valueStream()
                        .map(r -> r.get("date").asString())
                        .toList())
                .isEqualTo(List.of(
                        today.minusDays(3).toString(), today.minusDays(4).toString()));
        assertThat(page.get("content").get(0).get("utilizationPercent").decimalValue())
                .isEqualByComparingTo(new BigDecimal("3"));
    }

    @Test
    void refusesBadInputWithProblemDetails() {
        assertThat(crm.post("/api/v1/accounts/NO-SUCH-ACCOUNT/license-usage", reading(today, "10", "MANUAL"), 404)
                        .get("status")
                        .asInt())
                .isEqualTo(404);
        assertThat(crm.get("/api/v1/accounts/NO-SUCH-ACCOUNT/license-usage", 404)
                        .get("title")
                        .asString())
                .isEqualTo("Not found");

        assertThat(field(crm.post(path, reading(today, "-1", "CLOUD_LICENSE"), 422)))
                .isEqualTo("utilizationPercent");
        assertThat(field(crm.post(path, reading(today, "1000.01", "CLOUD_LICENSE"), 422)))
                .isEqualTo("utilizationPercent");
        assertThat(field(crm.post(path, reading(today, "10.123", "CLOUD_LICENSE"), 422)))
                .isEqualTo("utilizationPercent");
        assertThat(field(crm.post(path, reading(today.plusDays(2), "10", "CLOUD_LICENSE"), 422)))
                .isEqualTo("date");
        assertThat(field(crm.post(path, "{\"utilizationPercent\": 10, \"source\": \"MANUAL\"}", 422)))
                .isEqualTo("date");
        assertThat(field(crm.post(path, reading(today, "10", "TELEPATHY"), 400)))
                .isEqualTo("source");
        assertThat(field(crm.post(
                        path, "{\"date\": \"yesterday\", \"utilizationPercent\": 10, \"source\": \"MANUAL\"}", 400)))
                .isEqualTo("date");
        crm.post(path, "{not json", 400);

        // over 100% is real (more seats used than bought) and taken
        crm.post(path, reading(today, "180", "CLOUD_LICENSE"), 201);
        assertThat(crm.get(path, 200).get("totalElements").asLong()).isEqualTo(1);
    }

    private FirstValue firstValue() {
        AccountView account = accounts.findByCrmId(crmId).orElseThrow();
        return jdbc.sql("select first_value_date, first_value_source from account where id = :id")
                .param("id", account.id())
                .query((rs, n) -> new FirstValue(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2) == null ? null : FirstValueSource.valueOf(rs.getString(2)),
                        null))
                .single();
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    private static String reading(LocalDate date, String percent, String source) {
        return """
                {"date": "%s", "utilizationPercent": %s, "source": "%s"}""".formatted(date, percent, source);
    }
}
