package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.NewTeamPlan;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanHeader;
import dev.facet.team.PlanItemView;
import dev.facet.team.TeamPlanManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new TAM signs in, opens their onboarding plan from the navigation and works their checklist in
 * place: an item done, another refused without a note and then marked not applicable with one; the
 * progress and the chart follow without a page load.
 */
@ApplicationTest
class NewHirePlanJourneyTests extends BrowserJourney {

    private static final String CHART_DRAWN = "() => document.querySelector('#plan-chart')?.facetChart !== undefined";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    Clock clock;

    @Test
    void aNewHireWorksTheirChecklistInPlace() {
        UserView manager = TestData.user(users, Role.MANAGER);
        String username = TestData.unique("newhire");
        UserView newHire = users.create(new NewUser(
                username,
                "Nia Newhire",
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager.id(),
                "UTC"));
        UserView buddy = TestData.user(users, Role.TAM);
        PlanHeader plan = plans.start(
                new NewTeamPlan(
                        newHire.id(),
                        manager.id(),
                        buddy.id(),
                        LocalDate.now(clock).minusDays(40)),
                SignedIn.currentUser(manager));
        var items = plans.plan(plan.id(), SignedIn.currentUser(newHire)).itemsOf(PlanAudience.NEW_HIRE);
        PlanItemView first = items.get(0);
        PlanItemView second = items.get(1);

        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        page.locator("#nav-team").click();
        assertThat(page).hasURL(Pattern.compile(".*/team/my-plan$"));
        assertThat(page.locator("h1")).containsText("Onboarding plan: Nia Newhire");
        assertThat(page.locator("#plan-overdue")).containsText(first.title());
        assertThat(page.locator("#module-1")).containsText("0/3");
        // The chart is drawn once htmx and facet.js have run, so the buttons below post through htmx.
        page.waitForFunction(CHART_DRAWN);
        screenshot("team-plan-01-my-plan");

        page.locator("#item-" + first.id())
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Done")
                                .setExact(true))
                .click();
        assertThat(page.locator("#module-1")).containsText("1/3");
        assertThat(page.locator("#item-" + first.id() + " .item-status")).hasText("Done");
        assertThat(page.locator("#plan-overdue")).not().containsText(first.title());
        assertThat(page).hasURL(Pattern.compile(".*/team/my-plan$"));

        var secondItem = page.locator("#item-" + second.id());
        secondItem
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Not applicable"))
                .click();
        assertThat(secondItem.locator(".invalid-feedback")).hasText("Leave a note saying why the item does not apply.");
        secondItem.getByPlaceholder("Why it does not apply (required)").fill("Earned before joining");
        secondItem
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Not applicable"))
                .click();
        assertThat(page.locator("#item-" + second.id() + " .item-note")).hasText("Note: Earned before joining");
        assertThat(page.locator("#module-1")).containsText("2/3");
        // The swapped-in body's chart is drawn again.
        page.waitForFunction(CHART_DRAWN);
        screenshot("team-plan-02-ticked");
    }
}
