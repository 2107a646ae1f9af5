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
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new hire logs a shadowed call, picking the account by searching for it, and sees the week charted
 * against the goal; the colleague they shadowed then finds them under "New hires you follow" and logs a
 * customer meeting of theirs that they joined.
 */
@ApplicationTest
class ShadowingJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Test
    void aNewHireLogsAShadowedCallAndTheirBuddyLogsAMeetingTheyJoined() {
        UserView manager = TestData.user(users, Role.MANAGER);
        UserView buddy = TestData.user(users, Role.TAM);
        String username = TestData.unique("newhire");
        UserView newHire = users.create(new NewUser(
                username,
                "New Hire " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager.id(),
                "UTC"));
        String accountName = "Shadow Journey " + TestData.unique("co");
        account(accountName, buddy);

        signIn(newHire);
        page.getByRole(
                        AriaRole.LINK,
                        new GetByRoleOptions().setName("Team onboarding").setExact(true))
                .click();
        page.locator("#team-tabs")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Shadowing"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/team/shadowing$"));
        assertThat(page.locator("#weeks-empty")).isVisible();

        var form = page.locator("#call-form");
        form.locator("#call-stage").selectOption("TAKE_NOTES");
        form.locator("#call-shadowedUserId").selectOption(buddy.id().toString());
        form.locator("#call-account-search").fill(accountName);
        // htmx narrows the list to the account searched for
        assertThat(form.locator("#call-account option")).hasCount(2);
        form.locator("#call-account")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(accountName));
        form.locator("#call-notes").fill("Took the notes on the cadence call.");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log the call"))
                .click();

        assertThat(page.locator(".alert-success")).containsText("Shadowed call logged.");
        assertThat(page.locator("#call-list")).containsText(accountName);
        assertThat(page.locator("#call-list")).containsText("Take notes");
        assertThat(page.locator("#summary-calls")).hasText("1");
        assertThat(page.locator("#weeks-table tbody tr")).hasCount(1);
        assertThat(page.locator("#weeks-table")).containsText("1 / 4");
        page.waitForFunction("() => document.querySelector('#weeks-chart').facetChart !== undefined");
        screenshot("shadowing-01-new-hire-week");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out"))
                .click();
        signIn(buddy);
        page.navigate(url("/team/shadowing"));
        page.locator("#followed")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName(newHire.displayName()))
                .click();
        assertThat(page.locator("#shadowing-title")).hasText("Shadowing: " + newHire.displayName());
        var meeting = page.locator("#meeting-form");
        meeting.locator("#meeting-account-search").fill(accountName);
        assertThat(meeting.locator("#meeting-account option")).hasCount(2);
        meeting.locator("#meeting-account")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(accountName));
        meeting.locator("#meeting-notes").fill("They ran the kick-off; I only answered one question.");
        meeting.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log a meeting I joined"))
                .click();

        assertThat(page.locator("#summary-meetings")).hasText("1 of the first 5-10");
        assertThat(page.locator("#meeting-list")).containsText("joined by " + buddy.displayName());
        screenshot("shadowing-02-buddy-meeting");
    }

    private void signIn(UserView user) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/(dashboard|manager|admin)$"));
    }

    private void account(String name, UserView tam) {
        var details = new AccountDetails(
                name,
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        accounts.upsertFromCrm(TestData.unique("SHJ"), details, tam.username(), List.of());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
