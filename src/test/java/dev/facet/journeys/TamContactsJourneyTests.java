package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A TAM whose account has no Admin contact sees the hint, adds one in place, corrects a typo the
 * form points out, gives another contact a role and removes one, without leaving the account page.
 */
@ApplicationTest
class TamContactsJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Test
    void aTamKeepsTheContactsOnTheAccountPage() {
        UserView tam = TestData.user(users, Role.TAM);
        UUID accountId = accounts.upsertFromCrm(
                        TestData.unique("JRN"),
                        new AccountDetails(
                                "Journey Contacts " + TestData.unique("co"),
                                Segment.MID_MARKET,
                                Region.AMER,
                                false,
                                DeploymentType.SAAS,
                                ProductTier.PREMIUM,
                                300,
                                new BigDecimal("25000"),
                                LocalDate.now().minusDays(5),
                                false,
                                null,
                                null),
                        tam.username(),
                        List.of(
                                new ContactDetails("Tom Tech", "tom@journey.example", Set.of(ContactRole.TECHNICAL)),
                                new ContactDetails("Olga Old", "olga@journey.example", Set.of(ContactRole.BILLING))))
                .account()
                .id();

        page.navigate("http://localhost:" + port + "/accounts/" + accountId);
        page.getByLabel("Username").fill(tam.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();
        Locator card = page.locator("#contacts-card");
        assertThat(page.locator("#contacts-no-admin")).containsText("No contact has the Admin role");
        screenshot("contacts-01-no-admin");

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add contact"))
                .click();
        page.locator("#contact-new-name").fill("Ada Admin");
        page.locator("#contact-new-email").fill("ada@journey");
        page.locator("#contact-new-email").fill("Ada <ada@journey.example>");
        page.locator("#contact-new-role-ADMIN").check();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(card.locator(".invalid-feedback")).containsText("Give one email address");
        assertThat(page.locator("#contact-new-name")).hasValue("Ada Admin");
        screenshot("contacts-02-field-error");

        page.locator("#contact-new-email").fill("ada@journey.example");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(page.locator("#contacts-notice")).hasText("Contact added.");
        assertThat(page.locator("#contacts-no-admin")).hasCount(0);
        assertThat(card.locator("li.contact")).hasCount(3);

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Tom Tech"))
                .click();
        Locator editing = card.locator("li.contact-editing");
        editing.getByLabel("Executive sponsor").check();
        editing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#contacts-notice")).hasText("Contact saved.");
        assertThat(card.locator("li.contact", new Locator.LocatorOptions().setHasText("Tom Tech")))
                .containsText("Executive sponsor");

        page.onceDialog(dialog -> dialog.accept());
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Olga Old"))
                .click();
        assertThat(page.locator("#contacts-notice")).hasText("Contact removed.");
        assertThat(card).not().containsText("olga@journey.example");
        screenshot("contacts-03-edited-in-place");

        // all of it happened in place: the browser is still on the account page
        assertThat(page).hasURL(Pattern.compile(".*/accounts/" + accountId + "(\\?continue)?$"));
    }
}
