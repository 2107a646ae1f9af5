package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaSummary;
import dev.facet.cta.CtaTaskView;
import dev.facet.cta.CtaType;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The onboarding, end to end: the CRM sends a qualifying account without a TAM, a manager assigns
 * one on the account page, and the TAM works the onboarding CTA to a successful close.
 */
@ApplicationTest
class OnboardingJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Test
    void aManagerAssignsATamWhoOnboardsTheCustomer() {
        UserView manager = TestData.user(users, Role.MANAGER);
        UserView tam = TestData.user(users, Role.TAM);
        String crmId = TestData.unique("ONB");
        String name = "Journey Onboarding " + TestData.unique("co");
        http.put()
                .uri("/api/v1/accounts/" + crmId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestData.apiToken(tokens))
                .contentType(MediaType.APPLICATION_JSON)
                .body(account(name))
                .exchange()
                .expectStatus()
                .isCreated();
        UUID accountId = accounts.findByCrmId(crmId).orElseThrow().id();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> find(accountId, CtaType.ASSIGN_TAM).isPresent());

        signIn(manager);
        page.navigate(url("/accounts/" + accountId));
        assertThat(page.locator("#account-name")).hasText(name);
        assertThat(page.locator("#cta-card")).containsText("Assign TAM");
        page.locator("#assign-tam-id").selectOption(tam.id().toString());
        screenshot("onboarding-01-manager-assigns-tam");
        page.locator("#assign-tam button").click();
        assertThat(page.locator(".alert-success")).containsText("The onboarding CTA will open");
        assertThat(page.locator("#account-tam")).hasText(tam.displayName());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> find(accountId, CtaType.ONBOARDING).isPresent());
        CtaSummary onboarding = find(accountId, CtaType.ONBOARDING).orElseThrow();
        List<CtaTaskView> tasks = ctas.detail(onboarding.id()).tasks();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out"))
                .click();

        signIn(tam);
        page.navigate(url("/ctas"));
        assertThat(page.locator("#cta-row-" + onboarding.id())).containsText(name);
        screenshot("onboarding-02-tam-cockpit");
        page.locator("#cta-row-" + onboarding.id() + " a").first().click();
        assertThat(page.locator("#cta-title")).containsText(name);
        assertThat(page.locator("#cta-source")).containsText("TAM-qualifying ARR");

        var first = page.locator("#task-" + tasks.get(0).id());
        first.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(first.locator(".task-status")).hasText("Done");

        var second = page.locator("#task-" + tasks.get(1).id());
        second.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Not applicable"))
                .click();
        assertThat(second.locator(".invalid-feedback")).containsText("A note is required");
        page.locator("#note-" + tasks.get(1).id()).fill("Kickoff was held during the sale");
        second.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Not applicable"))
                .click();
        assertThat(second.locator(".task-status")).hasText("Not applicable");
        assertThat(second.locator(".task-note")).containsText("Kickoff was held during the sale");
        assertThat(page.locator("#cta-status")).hasText("Work in progress");
        screenshot("onboarding-03-tasks-worked");

        page.locator("#close-status").selectOption("CLOSED_SUCCESS");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Close CTA"))
                .click();
        // Three tasks are still open: the page says so and asks before it closes.
        assertThat(page.locator("#close-open-tasks")).containsText("3 tasks are still open");
        page.locator("#close-confirm-open-tasks").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Close CTA"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("CTA closed");
        assertThat(page.locator("#cta-status-text")).hasText("Closed: success");
        assertThat(page.locator("#cta-closed")).containsText("Closed: success");
        screenshot("onboarding-04-closed");
    }

    private Optional<CtaSummary> find(UUID accountId, CtaType type) {
        return ctas.ofAccount(accountId).stream().filter(c -> c.type() == type).findFirst();
    }

    private void signIn(UserView user) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/(manager|dashboard)$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String account(String name) {
        return """
                {"name": "%s", "segment": "ENTERPRISE", "region": "EMEA", "publicSector": false,
                 "deploymentType": "SAAS", "productTier": "PREMIUM", "seats": 50, "arr": 60000,
                 "originalContractDate": "2026-11-01", "onboardingPilot": false, "tam": null,
                 "salesOwner": "Pat Sales", "contacts": []}
                """.formatted(name);
    }
}
