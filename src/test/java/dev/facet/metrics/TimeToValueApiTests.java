package dev.facet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.account.AccountManagement;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts built on chosen dates, measured through the API (the view read by the management, then
 * the calculator) against days computed by hand; the view's own day columns agree.
 */
@ApplicationTest
class TimeToValueApiTests {

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
    CtaManagement ctas;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    LicenseUsageManagement licenseUsage;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    JdbcClient jdbc;

    CrmApi crm;
    OnboardingFixtures given;
    UserView tam;
    LocalDate today;

    @BeforeEach
    void setUp() {
        crm = new CrmApi(http, json, TestData.apiToken(tokens));
        given = new OnboardingFixtures(accounts, ctas, timeline, licenseUsage, playbooks);
        tam = TestData.user(users, Role.TAM);
        today = LocalDate.now();
    }

    @Test
    void aClosedOnboardingWithEveryMetricReached() {
        // contract day -60, start -50, first call -45, first value -20 (cloud 15%), closed -10
        String crmId = given.account(tam, today.minusDays(60));
        UUID cta = given.onboarding(crmId, tam, today.minusDays(50));
        given.entry(crmId, tam, TimelineEntryType.EMAIL, today.minusDays(48)); // not an engagement
        given.entry(crmId, tam, TimelineEntryType.CALL, today.minusDays(45));
        given.entry(crmId, tam, TimelineEntryType.MEETING, today.minusDays(30));
        given.cloudReading(crmId, today.minusDays(25), "6");
        given.cloudReading(crmId, today.minusDays(20), "15");
        given.close(cta, tam, today.minusDays(10));

        JsonNode ttv = timeToValue(crmId);
        assertThat(ttv.get("onboardingCtaId").asString()).isEqualTo(cta.toString());
        assertMetric(ttv, "timeToEngage", 5L, 5L, 14, "MET");
        assertMetric(ttv, "timeToFirstValue", 40L, 40L, 30, "MISSED");
        assertMetric(ttv, "timeToOnboard", 40L, 40L, 45, "MET");
        assertThat(viewDays(cta))
                .containsEntry("engage_days", 5)
                .containsEntry("first_value_days", 40)
                .containsEntry("onboard_days", 40);
    }

    @Test
    void anOpenOnboardingWithNothingReachedYet() {
        // contract and start 20 days ago: engagement overdue (goal 14), the other two on track
        String crmId = given.account(tam, today.minusDays(20));
        UUID cta = given.onboarding(crmId, tam, today.minusDays(20));

        JsonNode ttv = timeToValue(crmId);
        assertThat(ttv.get("asOf").asString()).isEqualTo(today.toString());
        assertMetric(ttv, "timeToEngage", null, 20L, 14, "OVERDUE");
        assertMetric(ttv, "timeToFirstValue", null, 20L, 30, "ON_TRACK");
        assertMetric(ttv, "timeToOnboard", null, 20L, 45, "ON_TRACK");
        assertThat(viewDays(cta))
                .containsEntry("engage_days", null)
                .containsEntry("first_value_days", null)
                .containsEntry("onboard_days", null);
    }

    @Test
    void theLatestOnboardingCountsAndAnEarlierEngagementIsZero() {
        // an old onboarding (closed) and a new one three days old; the first call was long before it
        String crmId = given.account(tam, today.minusDays(400));
        UUID old = given.onboarding(crmId, tam, today.minusDays(400));
        given.entry(crmId, tam, TimelineEntryType.CALL, today.minusDays(390));
        given.close(old, tam, today.minusDays(380));
        UUID current = given.onboarding(crmId, tam, today.minusDays(3));

        JsonNode ttv = timeToValue(crmId);
        assertThat(ttv.get("onboardingCtaId").asString()).isEqualTo(current.toString());
        assertThat(ttv.get("onboardingStartDate").asString())
                .isEqualTo(today.minusDays(3).toString());
        assertMetric(ttv, "timeToEngage", 0L, 0L, 14, "MET");
        assertMetric(ttv, "timeToFirstValue", null, 400L, 30, "OVERDUE");
        assertMetric(ttv, "timeToOnboard", null, 3L, 45, "ON_TRACK");
        assertThat(viewDays(old)).containsEntry("engage_days", 10).containsEntry("onboard_days", 20);
        assertThat(viewDays(current)).containsEntry("engage_days", 0);
    }

    @Test
    void withoutAnOnboardingOnlyTimeToFirstValueIsMeasured() {
        String crmId = given.account(tam, today.minusDays(5));
        given.risk(crmId, tam, today.minusDays(4)); // a CTA, but not an onboarding
        given.firstValueByHand(crmId, tam, today.minusDays(2));

        JsonNode ttv = timeToValue(crmId);
        assertThat(ttv.get("onboardingCtaId").isNull()).isTrue();
        assertMetric(ttv, "timeToEngage", null, null, 14, "NOT_STARTED");
        assertMetric(ttv, "timeToFirstValue", 3L, 3L, 30, "MET");
        assertMetric(ttv, "timeToOnboard", null, null, 45, "NOT_STARTED");
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(crm.get("/api/v1/accounts/NO-SUCH-ACCOUNT/time-to-value", 404)
                        .get("title")
                        .asString())
                .isEqualTo("Not found");
    }

    private JsonNode timeToValue(String crmId) {
        return crm.get("/api/v1/accounts/" + crmId + "/time-to-value", 200);
    }

    private static void assertMetric(
            JsonNode ttv, String metric, @Nullable Long days, @Nullable Long elapsed, int goal, String state) {
        JsonNode m = ttv.get(metric);
        assertThat(m.get("days").isNull() ? null : m.get("days").asLong())
                .as(metric + " days")
                .isEqualTo(days);
        assertThat(m.get("elapsedDays").isNull() ? null : m.get("elapsedDays").asLong())
                .as(metric + " elapsedDays")
                .isEqualTo(elapsed);
        assertThat(m.get("goal").asInt()).as(metric + " goal").isEqualTo(goal);
        assertThat(m.get("state").asString()).as(metric + " state").isEqualTo(state);
    }

    private Map<String, @Nullable Object> viewDays(UUID ctaId) {
        return jdbc.sql("select engage_days, first_value_days, onboard_days from onboarding_time_to_value"
                        + " where cta_id = :id")
                .param("id", ctaId)
                .query((rs, n) -> {
                    var row = new java.util.HashMap<String, @Nullable Object>();
                    row.put("engage_days", rs.getObject(1));
                    row.put("first_value_days", rs.getObject(2));
                    row.put("onboard_days", rs.getObject(3));
                    return (Map<String, @Nullable Object>) row;
                })
                .single();
    }
}
