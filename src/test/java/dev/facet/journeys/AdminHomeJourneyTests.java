package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.mail.MailOutbox;
import dev.facet.mail.OutgoingMail;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's first question of the day, "is anything stuck?": the home page names the mails that
 * wait for an SMTP server, and the outbox shows them.
 */
@ApplicationTest
class AdminHomeJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdminSeesWhatIsStuckAndOpensTheOutbox() {
        UserView admin = TestData.user(users, Role.ADMIN);
        String subject = TestData.unique("Weekly onboarding report");
        transactions.executeWithoutResult(status -> outbox.enqueue(OutgoingMail.of(
                        "WEEKLY_REPORT", List.of("Ana Lima <ana@example.com>"), subject, "The week in onboarding")
                .withHtml("<h1>The week in onboarding</h1>")));

        page.navigate(url("/login"));
        page.getByLabel("Username").fill(admin.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(url("/admin"));
        assertThat(page.locator("#status-mail")).containsText("not sent: no SMTP server configured");
        assertThat(page.locator("#status-reactions")).isVisible();
        assertThat(page.locator("#status-users")).containsText("active");
        screenshot("admin-home-01-is-anything-stuck");

        page.locator("#status-mail a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/outbox\\?status=QUEUED$"));
        assertThat(page.locator("#outbox-no-smtp")).isVisible();
        assertThat(page.locator("#outbox-table")).containsText(subject);
        screenshot("admin-home-02-outbox");

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(subject)).click();
        assertThat(page.locator("#mail-subject")).hasText(subject);
        assertThat(page.locator("#mail-state")).containsText("Not sent: no SMTP server configured");
        screenshot("admin-home-03-mail");

        page.locator("a[href='/profile']").click();
        page.locator("#timeZone").selectOption("Europe/Berlin");
        page.getByLabel("Email me the weekly onboarding report").check();
        page.locator("#profile-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("Profile saved.");
        assertThat(page.locator("#timeZone")).hasValue("Europe/Berlin");
        assertThat(page.getByLabel("Email me the weekly onboarding report")).isChecked();
        screenshot("admin-home-04-profile");
        assertThat(users.weeklyReportSubscribers()).extracting(UserView::id).contains(admin.id());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
