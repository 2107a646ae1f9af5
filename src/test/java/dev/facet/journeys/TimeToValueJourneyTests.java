package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.metrics.OnboardingFixtures;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A TAM sees the utilization chart of an account with cloud-license data, enters the First Value
 * Date of one without, and watches the time-to-value panel follow; then the onboarding CTA's panel.
 */
@ApplicationTest
class TimeToValueJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

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

    @Test
    void aTamFollowsTimeToValue() {
        var given = new OnboardingFixtures(accounts, ctas, timeline, licenseUsage, playbooks);
        UserView tam = TestData.user(users, Role.TAM);
        LocalDate today = LocalDate.now();

        String withCloudData = given.account(tam, today.minusDays(40));
        given.onboarding(withCloudData, tam, today.minusDays(35));
        given.entry(withCloudData, tam, TimelineEntryType.CALL, today.minusDays(30));
        int[] utilization = {2, 4, 5, 7, 9, 14, 18, 25};
        for (int i = 0; i < utilization.length; i++) {
            given.cloudReading(withCloudData, today.minusDays(38 - 4L * i), String.valueOf(utilization[i]));
        }

        String withoutCloudData = given.account(tam, today.minusDays(25));
        UUID onboarding = given.onboarding(withoutCloudData, tam, today.minusDays(20));

        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(tam.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();

        page.navigate("http://localhost:" + port + "/accounts/" + given.id(withCloudData));
        assertThat(page.locator("#first-value-source")).containsText("Set by cloud-license data");
        assertThat(page.locator("#first-value-date"))
                .hasText(today.minusDays(18).toString());
        assertThat(page.locator("#first-value-form")).hasCount(0);
        page.waitForFunction("() => document.querySelector('#utilization-chart')?.facetChart !== undefined");
        assertThat(page.locator("#metric-timeToFirstValue")).containsText("22 days");
        assertThat(page.locator("#metric-timeToEngage")).containsText("Met");
        screenshot("ttv-01-account-with-utilization-chart");

        page.navigate("http://localhost:" + port + "/accounts/" + given.id(withoutCloudData));
        assertThat(page.locator("#metric-timeToFirstValue")).containsText("not yet, day 25");
        assertThat(page.locator("#metric-timeToFirstValue")).containsText("On track");
        page.locator("#firstValueDate").fill(today.minusDays(4).toString());
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save date"))
                .click();
        assertThat(page.locator("#first-value-source")).containsText("Entered by " + tam.displayName());
        // the time-to-value panel reloads itself when the First Value Date changes
        assertThat(page.locator("#metric-timeToFirstValue")).containsText("21 days");
        assertThat(page.locator("#metric-timeToFirstValue")).containsText("Met");
        screenshot("ttv-02-first-value-entered-by-hand");

        page.navigate("http://localhost:" + port + "/ctas/" + onboarding);
        assertThat(page.locator("#time-to-value-basis")).containsText("This onboarding, started");
        assertThat(page.locator("#metric-timeToOnboard")).containsText("not yet, day 20");
        assertThat(page.locator("#metric-timeToEngage")).containsText("Overdue");
        screenshot("ttv-03-onboarding-cta-time-to-value");
    }
}
