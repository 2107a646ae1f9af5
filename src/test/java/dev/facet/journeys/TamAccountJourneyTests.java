package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A TAM signs in, filters the account list, opens an account and sees its gemstone and why. */
@ApplicationTest
class TamAccountJourneyTests extends BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Test
    void aTamFindsAnAccountAndSeesWhyItIsADiamond() {
        UserView tam = TestData.user(users, Role.TAM);
        String name = "Journey Diamond " + TestData.unique("co");
        accounts.upsertFromCrm(
                TestData.unique("JRN"),
                details(name, 2345, ProductTier.ULTIMATE),
                tam.username(),
                List.of(new ContactDetails("Ann Admin", "ann@journey.example", Set.of(ContactRole.ADMIN))));
        accounts.upsertFromCrm(
                TestData.unique("JRN"),
                details("Journey Quartz " + TestData.unique("co"), 12, ProductTier.FREE),
                tam.username(),
                List.of());

        page.navigate("http://localhost:" + port + "/accounts");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Username").fill(tam.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        screenshot("01-login");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page.locator("h1")).hasText("Accounts");
        page.getByLabel("Search by name").fill("Journey");
        page.locator("#gemstone").selectOption("DIAMOND");
        page.locator("#tam").selectOption(tam.id().toString());
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply")).click();
        assertThat(page).hasURL(Pattern.compile(".*gemstone=DIAMOND.*"));
        assertThat(page.locator("#account-table tbody tr")).hasCount(1);
        screenshot("02-filtered-account-list");

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("#account-name")).hasText(name);
        assertThat(page.locator("#gemstone-reason")).containsText("seats 2,345 > 2,000 on Ultimate");
        assertThat(page.locator("#gemstone-card")).containsText("Diamond");
        assertThat(page.locator("#gemstone-card")).containsText("0 of 8 scheduled");

        page.locator("#entitlement-6").check();
        assertThat(page.locator("#gemstone-card")).containsText("1 of 8 scheduled");
        screenshot("03-account-with-gemstone");
    }

    private static AccountDetails details(String name, int seats, ProductTier tier) {
        return new AccountDetails(
                name,
                Segment.ENTERPRISE,
                Region.EMEA,
                false,
                DeploymentType.SAAS,
                tier,
                seats,
                new BigDecimal("90000"),
                LocalDate.now().minusDays(10),
                false,
                "Pat Sales",
                "Sam Architect");
    }
}
