package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.cta.DelayCause;
import dev.facet.cta.NewCta;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        signIn(tam);

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
        UUID template = playbooks.templates().stream()
                .filter(t -> t.code().equals(PlaybookManagement.ONBOARDING_SAAS))
                .findFirst()
                .orElseThrow()
                .id();
        UUID onboarding = ctas.create(
                new NewCta(
                        accountId,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.HIGH,
                        tam.id(),
                        template,
                        today.minusDays(20),
                        null),
                actor);
        ctas.logDelay(onboarding, DelayCause.CUSTOMER_SIDE, "Champion on leave", Sentiment.YELLOW, actor);
        ctas.close(onboarding, CtaStatus.CLOSED_SUCCESS, today, null, true, actor);
        signIn(tam);

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

    private UUID account(String name, UserView tam) {
        var details = new AccountDetails(
                name,
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now(ZoneOffset.UTC).minusDays(30),
                false,
                null,
                null);
        return accounts.upsertFromCrm(TestData.unique("LOOP"), details, tam.username(), List.of())
                .account()
                .id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(UserView user) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
    }
}
