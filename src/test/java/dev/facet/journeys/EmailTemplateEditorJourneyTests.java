package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailTemplateView;
import dev.facet.email.EmailVariant;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An admin rewrites an enablement email: the preview follows the typing, a token button inserts at
 * the cursor, an unknown token shows up in the preview before the save refuses it, and the history
 * keeps the version replaced. In the email templates' own context, since templates are global.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=email-templates")
class EmailTemplateEditorJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    EmailTemplateManagement emails;

    @Test
    void anAdminEditsATemplateWithALivePreview() {
        UserView admin = TestData.user(users, Role.ADMIN);
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 5);
        signIn(admin);

        page.navigate(url("/admin"));
        page.locator("#admin-email-templates").click();
        assertThat(page.locator("#email-templates-SELF_MANAGED")).containsText(template.name());
        screenshot("email-templates-01-list");

        page.locator("#email-templates-SELF_MANAGED")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(template.name()))
                .click();
        assertThat(page.locator("#preview-body-text")).containsText("Jordan and Priya");
        screenshot("email-templates-02-editor");

        page.locator("#subject").fill("Training for {{account.name}}");
        assertThat(page.locator("#preview-subject")).hasText("Training for Acme Corporation");

        page.locator("#body").fill("Hi {{contact.firstName}},\n\nThe **training** links, from ");
        page.locator("#email-tokens [data-insert-token='{{tam.name}}']").click();
        assertThat(page.locator("#body")).hasValue(Pattern.compile(".*from \\{\\{tam\\.name}}$", Pattern.DOTALL));
        assertThat(page.locator("#preview-body-text")).containsText("from " + admin.displayName());
        assertThat(page.locator("#preview-body-html strong")).hasText("training");

        page.locator("#body").pressSequentially(" {{tam.phone}}");
        assertThat(page.locator("#preview-body-problems")).containsText("{{tam.phone}}");
        screenshot("email-templates-03-token-error");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#body ~ .invalid-feedback")).containsText("{{tam.phone}}");
        assertThat(emails.template(template.id()).version()).isEqualTo(template.version());

        page.locator("#body").fill("Hi {{contact.firstName}},\n\nThe **training** links, from {{tam.name}}.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".alert-success")).containsText("Template saved");
        assertThat(page.locator("#revision-" + (template.version() + 1))).containsText(admin.username());
        screenshot("email-templates-04-saved");

        page.locator("#revision-" + template.version() + " a").click();
        assertThat(page.locator("#email-template-revision pre"))
                .containsText(template.body().lines().findFirst().orElseThrow());
        assertThat(emails.template(template.id()).subject()).isEqualTo("Training for {{account.name}}");
    }

    private void signIn(UserView user) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
