package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.facet.account.AccountManagement;
import dev.facet.assignment.ManagerFixtures;
import dev.facet.cta.CtaManagement;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager signs in to their home page, assigns two waiting accounts at once and reads the
 * summary, then moves all of a TAM's accounts to another TAM.
 */
@ApplicationTest
class ManagerJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Test
    void aManagerAssignsTheQueueAndMovesATamsAccounts() {
        ManagerFixtures fixtures = new ManagerFixtures(users, accounts, ctas);
        UserView manager = fixtures.manager();
        UserView ann = fixtures.tam(manager);
        UserView bob = fixtures.tam(manager);
        fixtures.onboardingAccount("Journey Book " + TestData.unique("co"), ann);
        fixtures.onboardingAccount("Journey Book " + TestData.unique("co"), ann);
        UUID first = fixtures.waitingItem("Journey Waiting " + TestData.unique("co"), manager);
        UUID second = fixtures.waitingItem("Journey Waiting " + TestData.unique("co"), manager);

        page.navigate("http://localhost:" + port + "/manager");
        page.getByLabel("Username").fill(manager.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/manager(\\?continue)?$"));
        assertThat(page.locator("h1")).hasText("Manager view");
        assertThat(page.locator("#item-" + first)).isVisible();
        assertThat(page.locator("#item-" + second)).isVisible();
        screenshot("manager-home-01-queue");

        page.locator("#select-" + first).check();
        page.locator("#select-" + second).check();
        page.locator("#tam-" + first).selectOption(ann.id().toString());
        page.locator("#tam-" + second).selectOption(bob.id().toString());
        page.locator("#assign-selected").click();
        assertThat(page.locator("#job-summary")).hasText("2 assigned, 0 not assigned");
        assertThat(page.locator("#job-panel")).containsText(ann.displayName());
        screenshot("manager-home-02-assigned");

        page.locator("#from").selectOption(ann.id().toString());
        assertThat(page.locator("#book-table tbody tr")).hasCount(3);
        page.locator("#allAccounts").check();
        page.locator("#to").selectOption(bob.id().toString());
        page.locator("#move-accounts").click();
        assertThat(page.locator("#job-summary")).hasText("3 moved, 0 not moved");
        screenshot("manager-home-03-moved");

        page.navigate("http://localhost:" + port + "/manager");
        assertThat(page.locator("#team-" + bob.id())).isVisible();
        screenshot("manager-home-04-team");
    }
}
