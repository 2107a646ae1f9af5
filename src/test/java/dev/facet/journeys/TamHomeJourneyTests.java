package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.dashboard.DashboardFixture;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A TAM signs in and lands on their dashboard, sees the onboarding that waits for a first call, and
 * finds it again on the Customer Onboarding dashboard filtered to their accounts.
 */
@ApplicationTest
class TamHomeJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTamLandsOnTheirDashboardAndFindsTheirOnboardingInTheBurnDown() {
        LocalDate today = LocalDate.now(clock);
        UserView tam = TestData.user(users, Role.TAM);
        String name = "Journey Home " + TestData.unique("co");
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                name, "ENTERPRISE", "EMEA", today.minusDays(20), null, "RUBY", "YELLOW", false, tam.id());
        UUID cta = fixture.onboarding(account, tam.id(), today.minusDays(20), null);
        fixture.task(cta, 1, "Schedule the kickoff call", today.plusDays(2), "OPEN");

        page.navigate(url("/login"));
        page.getByLabel("Username").fill(tam.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
        var row = page.locator("#my-onboarding-" + cta);
        assertThat(row).containsText(name);
        assertThat(row).containsText("Day 20 of 45");
        assertThat(row).containsText("Schedule the kickoff call");
        assertThat(row.locator(".metric-state").first()).hasText("Overdue");
        assertThat(page.locator("#my-week-tasks")).containsText("Schedule the kickoff call");
        screenshot("tam-home-01-dashboard");

        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Onboarding dashboard").setExact(true))
                .click();
        page.locator("#tam").selectOption(tam.id().toString());
        page.locator("#apply-filters").click();
        assertThat(page).hasURL(Pattern.compile(".*/onboarding\\?.*tam=" + tam.id() + ".*"));
        assertThat(page.locator("#count-total .count")).hasText("1");
        assertThat(page.locator("#burn-down-NOT_ENGAGED")).containsText(name);
        assertThat(page.locator("#burn-down-NOT_ONBOARDED")).not().containsText(name);
        screenshot("tam-home-02-onboarding-filtered");

        page.locator("#burn-down-NOT_ENGAGED")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Show as a list"))
                .click();
        assertThat(page.locator("#onboarding-accounts")).containsText(name);
        assertThat(page.locator("#onboarding-accounts-count")).hasText("1 onboarding");
        screenshot("tam-home-03-burn-down-accounts");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
