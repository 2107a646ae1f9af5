package dev.facet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The time-to-value panels of the account page and the onboarding CTA page. */
@ApplicationTest
class TimeToValuePagesTests {

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
    LicenseUsageManagement licenseUsage;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    JdbcClient jdbc;

    OnboardingFixtures given;
    UserView tam;
    UserView reader;
    LocalDate today;

    @BeforeEach
    void setUp() {
        given = new OnboardingFixtures(accounts, ctas, timeline, licenseUsage, playbooks);
        tam = TestData.user(users, Role.TAM);
        reader = TestData.user(users, Role.TAM);
        today = LocalDate.now();
    }

    @Test
    void theAccountPanelShowsTheLatestOnboardingAndTheCtaPanelItsOwn() throws Exception {
        String crmId = given.account(tam, today.minusDays(120));
        UUID old = given.onboarding(crmId, tam, today.minusDays(100));
        given.entry(crmId, tam, TimelineEntryType.MEETING, today.minusDays(80));
        given.close(old, tam, today.minusDays(50));
        UUID current = given.onboarding(crmId, tam, today.minusDays(5));
        UUID accountId = given.id(crmId);

        String accountPanel = htmx("/accounts/" + accountId + "/time-to-value");
        assertThat(accountPanel)
                .contains("id=\"time-to-value-card\"")
                .doesNotContain("<html")
                .contains("Latest onboarding:")
                .contains("href=\"/ctas/" + current + "\"");
        assertThat(row(accountPanel, "timeToEngage")).contains("0 days").contains("Met");
        assertThat(row(accountPanel, "timeToFirstValue"))
                .contains("not yet, day 120")
                .contains("Overdue");
        assertThat(row(accountPanel, "timeToOnboard"))
                .contains("not yet, day 5")
                .contains("On track");
        assertThat(accountPanel).contains("metric-state-ON_TRACK").contains("metric-state-OVERDUE");

        String oldPanel = htmx("/ctas/" + old + "/time-to-value");
        assertThat(oldPanel).contains("This onboarding, started");
        assertThat(row(oldPanel, "timeToEngage")).contains("20 days").contains("Missed");
        assertThat(row(oldPanel, "timeToOnboard")).contains("50 days").contains("Missed");

        // the CTA page loads the panel; the account page too, and without JavaScript the link is a page
        assertThat(body(mvc.perform(get("/ctas/" + old).with(SignedIn.as(tam))).andExpect(status().isOk())))
                .contains("hx-get=\"/ctas/" + old + "/time-to-value\"");
        assertThat(body(mvc.perform(get("/ctas/" + old + "/time-to-value").with(SignedIn.as(reader)))
                        .andExpect(status().isOk())))
                .contains("<html")
                .contains("id=\"time-to-value-card\"");
    }

    @Test
    void anAccountWithoutOnboardingAndACtaOfAnotherType() throws Exception {
        String crmId = given.account(tam, today.minusDays(10));
        UUID risk = given.risk(crmId, tam, today.minusDays(2));

        String panel = htmx("/accounts/" + given.id(crmId) + "/time-to-value");
        assertThat(panel).contains("No onboarding yet: Time to First Value runs from the original contract date.");
        assertThat(row(panel, "timeToEngage")).contains("No onboarding yet");
        assertThat(row(panel, "timeToFirstValue")).contains("not yet, day 10").contains("On track");

        // a RISK CTA's page offers no panel, and asking for one is a 404 page, not an error
        assertThat(body(mvc.perform(get("/ctas/" + risk).with(SignedIn.as(tam))).andExpect(status().isOk())))
                .doesNotContain("/time-to-value");
        mvc.perform(get("/ctas/" + risk + "/time-to-value")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + UUID.randomUUID() + "/time-to-value").with(SignedIn.as(tam)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePanelsCostTheSameStatementsWhateverTheHistory() throws Exception {
        String small = given.account(tam, today.minusDays(30));
        given.onboarding(small, tam, today.minusDays(20));

        String big = given.account(tam, today.minusDays(300));
        for (int i = 0; i < 3; i++) {
            UUID done = given.onboarding(big, tam, today.minusDays(290 - 60L * i));
            given.close(done, tam, today.minusDays(250 - 60L * i));
        }
        UUID latest = given.onboarding(big, tam, today.minusDays(10));
        for (int i = 0; i < 15; i++) {
            given.entry(big, tam, i % 2 == 0 ? TimelineEntryType.CALL : TimelineEntryType.MEETING, today.minusDays(i));
            given.cloudReading(big, today.minusDays(200 - i), String.valueOf(5 + i));
        }

        long forSmall = statementsFor("/accounts/" + given.id(small) + "/time-to-value");
        assertThat(statementsFor("/accounts/" + given.id(big) + "/time-to-value"))
                .isEqualTo(forSmall)
                .isLessThanOrEqualTo(3);
        assertThat(statementsFor("/ctas/" + latest + "/time-to-value")).isEqualTo(forSmall);
        assertThat(statementsFor("/accounts/" + given.id(big) + "/license-usage"))
                .isEqualTo(statementsFor("/accounts/" + given.id(small) + "/license-usage"));
    }

    private long statementsFor(String path) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).header("HX-Request", "true").with(SignedIn.as(reader)))
                .andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }

    private String htmx(String path) throws Exception {
        return body(mvc.perform(get(path).header("HX-Request", "true").with(SignedIn.as(reader)))
                .andExpect(status().isOk()));
    }

    /** The table row of one metric, so each assertion reads that metric alone. */
    private static String row(String panel, String metric) {
        int start = panel.indexOf("id=\"metric-" + metric + "\"");
        assertThat(start).as("row of " + metric).isPositive();
        return panel.substring(start, panel.indexOf("</tr>", start));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
