package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.facet.account.ContactRole.ADMIN;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaTaskView;
import dev.facet.email.program.EnablementFixtures;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A TAM whose session ended while the CTA page stayed open: a task click says so and leads back to
 * the page after signing in, and a comment written meanwhile survives the sign-in.
 */
@ApplicationTest
class SessionEndedJourneyTests extends BrowserJourney {

    private static final String COMMENT = "Kickoff moved to Thursday at the customer's request.";

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

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTamWhoseSessionEndedIsToldAndLosesNothing() {
        var given = new EnablementFixtures(accounts, ctas, playbooks, jdbc);
        UserView tam = TestData.user(users, Role.TAM);
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, LocalDate.now(ZoneOffset.UTC));
        CtaTaskView firstTask = ctas.detail(ctaId).tasks().getFirst();
        String ctaPage = "http://localhost:" + port + "/ctas/" + ctaId;

        signIn(tam);
        page.navigate(ctaPage);
        page.context().clearCookies();

        var first = page.locator("#task-" + firstTask.id());
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.locator("#session-ended")).isVisible();
        assertThat(page.locator("#session-ended")).containsText("Your session has ended");
        assertThat(first.locator(".task-status")).not().hasText("Done");
        screenshot("session-01-ended-banner");

        page.locator("#session-ended-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        fillSignIn(tam);
        assertThat(page).hasURL(Pattern.compile(".*/ctas/" + ctaId + "(\\?continue)?$"));

        page.context().clearCookies();
        page.locator("#comment-body").fill(COMMENT);
        page.getByRole(
                        AriaRole.BUTTON,
                        new GetByRoleOptions().setName("Comment").setExact(true))
                .click();
        assertThat(page.locator("#login-expired")).isVisible();
        fillSignIn(tam);
        assertThat(page).hasURL(Pattern.compile(".*/ctas/" + ctaId + ".*"));
        assertThat(page.locator("#unsaved-draft")).containsText(COMMENT);
        assertThat(page.locator("#comment-body")).hasValue(COMMENT);
        screenshot("session-02-comment-kept-after-signing-in");

        page.getByRole(
                        AriaRole.BUTTON,
                        new GetByRoleOptions().setName("Comment").setExact(true))
                .click();
        assertThat(page.locator("#cta-comments")).containsText(COMMENT);
    }

    private void signIn(UserView user) {
        page.navigate("http://localhost:" + port + "/login");
        fillSignIn(user);
    }

    private void fillSignIn(UserView user) {
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
    }
}
