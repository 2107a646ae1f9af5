package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.DelayCause;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Ctas;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The loop a TAM runs many times a day: find an account from the navigation bar, reopen an
 * onboarding closed too early, and clear the risk flag once the customer is back.
 */
@ApplicationTest
class DailyLoopJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    @Test
    void aTamFindsAnAccountFromTheNavigationBar() {
        UserView tam = TestData.user(users, Role.TAM);
        String name = "Quillfeather " + TestData.unique("co");
        UUID accountId = account(name, tam);
        signIn(port, tam);

        page.keyboard().press("/");
        assertThat(page.locator("#global-search")).isFocused();
        page.keyboard().type(name.substring(0, 12));
        assertThat(page.locator("#global-search-list")).containsText(name);
        screenshot("search-01-suggestions-while-typing");
        page.locator(
                        "#global-search-list .search-hit",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts/" + accountId + "$"));

        page.locator("#global-search").fill(name);
        page.locator("#global-search").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(page.locator("#search-accounts")).containsText(name);
        screenshot("search-02-results-page");
    }

    @Test
    void aTamReopensAnOnboardingAndClearsTheRiskFlag() {
        UserView tam = TestData.user(users, Role.TAM);
        UUID accountId = account("Brightwater " + TestData.unique("co"), tam);
        CtaActor actor = CtaActor.user(SignedIn.currentUser(tam));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID onboarding = Ctas.anOnboarding(ctas, playbooks, accountId, tam, today.minusDays(20));
        ctas.logDelay(onboarding, DelayCause.CUSTOMER_SIDE, "Champion on leave", Sentiment.YELLOW, actor);
        ctas.close(onboarding, CtaStatus.CLOSED_SUCCESS, today, null, true, actor);
        signIn(port, tam);

        page.navigate(url("/ctas/" + onboarding));
        page.locator("#reopen-reason").fill("Closed by mistake: the kickoff has not happened");
        screenshot("reopen-01-closed-onboarding");
        page.locator("#cta-reopen-submit").click();
        assertThat(page.locator(".alert-success")).containsText("CTA reopened");
        assertThat(page.locator("#cta-status")).hasText("Work in progress");
        assertThat(page.locator("#cta-comments")).containsText("Closed by mistake");

        page.navigate(url("/accounts/" + accountId));
        assertThat(page.locator("#account-risk-state")).containsText("flagged at risk");
        page.locator("#account-risk-reason").fill("Champion is back and booked the kickoff");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Clear the risk flag"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("risk flag is cleared");
        assertThat(page.locator("#account-risk-state")).containsText("not flagged at risk");
        screenshot("reopen-02-risk-flag-cleared");
    }

    @Test
    void aRefusedSnoozeShowsItsErrorAtTheFormAndTheAddressSurvivesARefresh() {
        UserView tam = TestData.user(users, Role.TAM);
        UUID accountId = account("Stillwater " + TestData.unique("co"), tam);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID cta = Ctas.anActivity(ctas, accountId, tam, today, today.plusDays(9));
        signIn(port, tam);
        page.navigate(url("/ctas/" + cta));

        page.locator("#snooze-until").fill(today.plusYears(2).toString());
        page.locator("#snooze-reason").fill("Back after the reorganisation");
        page.locator("#cta-snooze button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/ctas/" + cta + "#cta-snooze$"));
        assertThat(page.locator("#cta-snooze .error-summary")).containsText("Snooze for at most");
        assertThat(page.locator("#cta-snooze .error-summary")).isFocused();
        assertThat(page.locator("#snooze-reason")).hasValue("Back after the reorganisation");
        screenshot("cta-01-refused-snooze-at-its-form");
        page.reload();
        assertThat(page.locator("#cta-title")).isVisible();
    }

    @Test
    void onAPhoneTheCockpitAndTheDashboardAreCardsNotTablesScrolledSideways() {
        UserView tam = TestData.user(users, Role.TAM);
        String name = "Pocketsize " + TestData.unique("co");
        UUID accountId = account(name, tam);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Ctas.anOnboarding(ctas, playbooks, accountId, tam, today.minusDays(60));
        page.setViewportSize(390, 844);
        signIn(port, tam);

        for (String path : java.util.List.of("/ctas", "/dashboard")) {
            page.navigate(url(path));
            var table = page.locator(path.equals("/ctas") ? "#cockpit-table" : "#my-onboardings-table");
            assertThat(table.locator("thead")).isHidden();
            assertThat(table.locator("tbody tr").first()).containsText(name);
            org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling on " + path)
                    .isLessThanOrEqualTo(390);
            screenshot("phone-" + path.substring(1));
        }
    }

    @Test
    void aTamSortsTheCockpitSavesTheViewAndSnoozesTwoCtasAtOnce() {
        UserView tam = TestData.user(users, Role.TAM);
        String word = "Heron" + TestData.unique("h").replace("-", "");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID charlie = Ctas.anActivity(ctas, account(word + " Charlie", tam), tam, today, today.plusDays(1));
        UUID alpha = Ctas.anActivity(ctas, account(word + " Alpha", tam), tam, today, today.plusDays(5));
        UUID bravo = Ctas.anActivity(ctas, account(word + " Bravo", tam), tam, today, today.plusDays(3));
        signIn(port, tam);

        page.navigate(url("/ctas"));
        page.locator("#sort-ACCOUNT").click();
        assertThat(page).hasURL(Pattern.compile(".*/ctas\\?sort=ACCOUNT&dir=ASC$"));
        assertThat(page.locator("#cockpit-table tbody tr").first()).hasId("cta-row-" + alpha);
        screenshot("cockpit-01-sorted-by-account");

        page.locator("#view-name").fill("By account");
        page.locator("#view-default").check();
        page.locator("#save-view").click();
        assertThat(page.locator(".alert-success")).containsText("View saved");
        assertThat(page.locator("#saved-views .saved-view")).hasText("By account");

        page.locator("#pick-" + alpha).check();
        page.locator("#pick-" + bravo).check();
        page.locator("#bulk-until").fill(today.plusDays(14).toString());
        page.locator("#bulk-reason").fill("Customer's quarter-end freeze");
        page.locator("#bulk-snooze").click();
        assertThat(page.locator("#bulk-summary")).containsText("2 CTAs snoozed");
        assertThat(page.locator("#cta-row-" + charlie)).isVisible();
        assertThat(page.locator("#cta-row-" + alpha)).hasCount(0);
        screenshot("cockpit-02-two-snoozed-at-once");

        page.navigate(url("/ctas"));
        assertThat(page).hasURL(Pattern.compile(".*/ctas\\?sort=ACCOUNT&dir=ASC$"));
    }

    private UUID account(String name, UserView tam) {
        return Accounts.aQuietAccount(accounts, name, tam.username());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
