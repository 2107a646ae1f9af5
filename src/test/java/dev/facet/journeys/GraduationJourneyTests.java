package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.assignment.ManagerFixtures;
import dev.facet.cta.CtaManagement;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.NewRolePlay;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanHeader;
import dev.facet.team.PlanItemView;
import dev.facet.team.PlanView;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.TeamOnboardingFixtures;
import dev.facet.team.TeamPlanManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new TAM's ramp-up from the plan to the first account: the manager starts the plan in the browser,
 * the new hire's weeks of shadowing and most ticks are prepared through the services, the new hire
 * logs a call and ticks the last item in the browser, the manager confirms graduation, and then
 * assigns them an account from the queue without a warning.
 */
@ApplicationTest
class GraduationJourneyTests extends BrowserJourney {

    private static final String CHART_DRAWN = "() => document.querySelector('#plan-chart')?.facetChart !== undefined";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    Clock clock;

    @Test
    void aManagerGraduatesANewTamAndAssignsThemAnAccountWithoutAWarning() {
        ManagerFixtures fixtures = new ManagerFixtures(users, accounts, ctas);
        UserView manager = fixtures.manager();
        UserView newHire = fixtures.tam(manager);
        UserView buddy = fixtures.tam(null);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = today.minusWeeks(2);

        // The manager starts the plan.
        signIn(manager);
        page.navigate(url("/team/plans/new"));
        page.locator("#newHireId").selectOption(newHire.id().toString());
        page.locator("#buddyId").selectOption(buddy.id().toString());
        page.locator("#startDate").fill(start.toString());
        page.locator("#start-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/team/plans/[0-9a-f-]{36}$"));
        assertThat(page.locator("#graduation-missing")).isVisible();
        screenshot("graduation-01-plan-started");

        // Two weeks of onboarding, prepared: four calls a finished week, a role play with feedback,
        // and every item ticked by its owner but one of the new hire's.
        UUID planId = plans.activePlanOf(newHire.id()).orElseThrow();
        PlanView plan = plans.plan(planId, SignedIn.currentUser(manager));
        PlanHeader header = plan.header();
        TeamOnboardingFixtures.logFinishedWeeks(shadowing, header, SignedIn.currentUser(newHire), today);
        shadowing.logRolePlay(
                new NewRolePlay(newHire.id(), start, "First cadence call", buddy.id(), "Clear agenda, good recap."),
                SignedIn.currentUser(buddy));
        TeamOnboardingFixtures.tickAll(
                plans,
                planId,
                SignedIn.currentUser(newHire),
                SignedIn.currentUser(manager),
                SignedIn.currentUser(buddy));
        PlanItemView last = plan.itemsOf(PlanAudience.NEW_HIRE).stream()
                .filter(i -> i.criterionId() != null)
                .reduce((first, second) -> second)
                .orElseThrow();
        int criterion = plan.criteria().stream()
                .filter(c -> c.id().equals(last.criterionId()))
                .findFirst()
                .orElseThrow()
                .position();
        plans.reopen(planId, last.id(), SignedIn.currentUser(newHire));

        // The new hire logs today's call and ticks their last item.
        signIn(newHire);
        page.navigate(url("/team/shadowing"));
        var form = page.locator("#call-form");
        form.locator("#call-stage").selectOption("CO_LEAD");
        form.locator("#call-shadowedUserId").selectOption(buddy.id().toString());
        form.locator("#call-notes").fill("Co-led the cadence call.");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log the call"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Shadowed call logged.");
        page.navigate(url("/team/my-plan"));
        assertThat(page.locator("#criterion-" + criterion + " .criterion-missing"))
                .containsText("1 item open: " + last.title());
        page.waitForFunction(CHART_DRAWN);
        page.locator("#item-" + last.id())
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Done").setExact(true))
                .click();
        assertThat(page.locator("#graduation-ready")).isVisible();
        assertThat(page.locator("#graduate-form")).hasCount(0);
        screenshot("graduation-02-new-hire-ready");

        // The manager confirms graduation.
        signIn(manager);
        page.navigate(url("/team/plans/" + planId));
        assertThat(page.locator("#graduation-ready")).isVisible();
        assertThat(page.locator("#plan-shadowing-chart")).isVisible();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#graduate").click();
        assertThat(page.locator(".alert-success")).containsText("Graduation confirmed");
        assertThat(page.locator("#graduated-by")).containsText(manager.displayName());
        assertThat(page.locator(".plan-status")).hasText("Graduated");
        screenshot("graduation-03-graduated");
        page.navigate(url("/team/plans"));
        assertThat(page.locator("#plan-" + planId)).containsText("graduated in 14 days");

        // Their first account, from the queue, without a warning.
        UUID item = fixtures.waitingItem("Graduation Journey " + TestData.unique("co"), manager);
        page.navigate(url("/manager"));
        assertThat(page.locator("#tam-" + item + " option[value='" + newHire.id() + "']"))
                .not()
                .containsText("ramping");
        page.locator("#tam-" + item).selectOption(newHire.id().toString());
        page.locator("#item-" + item)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign"))
                .click();
        assertThat(page.locator("#job-summary")).hasText("1 assigned, 0 not assigned");
        assertThat(page.locator("#job-panel")).containsText(newHire.displayName());
        assertThat(page.locator("#ramping-warning")).hasCount(0);
        screenshot("graduation-04-first-account");
    }

    private void signIn(UserView user) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/(dashboard|manager|admin)$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
