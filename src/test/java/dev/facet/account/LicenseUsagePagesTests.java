package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The account page's license usage section: chart, First Value Date, and the forms of the TAM. */
@ApplicationTest
class LicenseUsagePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    LicenseUsageManagement licenseUsage;

    UserView tam;
    UserView otherTam;
    UserView manager;
    UUID accountId;
    String crmId;
    LocalDate today;
    LocalDate contract;

    @BeforeEach
    void setUp() {
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        manager = TestData.user(users, Role.MANAGER);
        today = LocalDate.now();
        contract = today.minusDays(40);
        crmId = TestData.unique("LUP");
        accountId = accounts.upsertFromCrm(
                        crmId,
                        new AccountDetails(
                                "Usage Page " + crmId,
                                Segment.SMB,
                                Region.EMEA,
                                false,
                                DeploymentType.SAAS,
                                ProductTier.PREMIUM,
                                10,
                                new BigDecimal("1000"),
                                contract,
                                false,
                                null,
                                null),
                        tam.username(),
                        List.of())
                .account()
                .id();
    }

    @Test
    void theAccountPageLoadsTheSectionAndTheSectionDrawsTheChart() throws Exception {
        assertThat(body(mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(otherTam)))))
                .contains("hx-get=\"/accounts/" + accountId + "/license-usage\"")
                .contains("hx-get=\"/accounts/" + accountId + "/time-to-value\"");

        String empty = htmxPanel(otherTam);
        assertThat(empty).contains("No utilization readings yet.").doesNotContain("<canvas");

        licenseUsage.record(crmId, cloud(today.minusDays(12), "4"));
        licenseUsage.record(crmId, cloud(today.minusDays(6), "11"));
        String panel = htmxPanel(otherTam);
        assertThat(panel)
                .contains("id=\"license-usage-card\"")
                .doesNotContain("<html")
                .contains("data-chart=")
                .contains("&quot;type&quot;:&quot;line&quot;")
                .contains("First value threshold (10%)")
                .contains(today.minusDays(6).toString())
                .contains("Set by cloud-license data: the first reading at or above 10%")
                // another TAM reads, but is offered no form
                .doesNotContain("id=\"first-value-form\"")
                .doesNotContain("id=\"license-reading-form\"");

        // without JavaScript the link opens the section as a page
        assertThat(body(mvc.perform(
                        get("/accounts/" + accountId + "/license-usage").with(SignedIn.as(otherTam)))))
                .contains("<html")
                .contains("License usage of Usage Page");
    }

    @Test
    void theTamEntersTheFirstValueDateOfAnAccountWithoutCloudData() throws Exception {
        assertThat(htmxPanel(tam)).contains("id=\"first-value-form\"").contains("id=\"license-reading-form\"");

        String saved = body(mvc.perform(post("/accounts/" + accountId + "/first-value")
                        .param("firstValueDate", today.minusDays(9).toString())
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "first-value-changed")));
        assertThat(saved).contains("First Value Date saved.").contains("Entered by " + tam.displayName());
        assertThat(licenseUsage.firstValue(accountId))
                .isEqualTo(new FirstValue(today.minusDays(9), FirstValueSource.MANUAL, tam.id()));

        // a manager may too, and without JavaScript it comes back to the account page
        mvc.perform(post("/accounts/" + accountId + "/first-value")
                        .param("firstValueDate", today.minusDays(8).toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andExpect(flash().attribute("message", "account.firstValue.saved"));
        assertThat(licenseUsage.firstValue(accountId).date()).isEqualTo(today.minusDays(8));
    }

    @Test
    void wrongDatesAreFieldErrorsAndOtherTamsAreRefused() throws Exception {
        assertThat(rejectedFirstValue(today.plusDays(1).toString()))
                .contains("The First Value Date may not be in the future")
                .contains("is-invalid");
        assertThat(rejectedFirstValue(contract.minusDays(1).toString()))
                .contains("The First Value Date may not precede the original contract date");
        assertThat(rejectedFirstValue("")).contains("Give the First Value Date");
        assertThat(rejectedFirstValue("not-a-date")).contains("Give a date such as 2026-03-31");

        mvc.perform(post("/accounts/" + accountId + "/first-value")
                        .param("firstValueDate", today.toString())
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(licenseUsage.firstValue(accountId)).isEqualTo(FirstValue.NONE);
    }

    @Test
    void cloudDataTakesTheManualFormAway() throws Exception {
        licenseUsage.record(crmId, cloud(today.minusDays(3), "2"));
        assertThat(htmxPanel(tam)).doesNotContain("id=\"first-value-form\"").contains("id=\"license-reading-form\"");

        assertThat(rejectedFirstValue(today.minusDays(1).toString()))
                .contains("This account has cloud-license data, which sets the First Value Date");
        assertThat(licenseUsage.firstValue(accountId)).isEqualTo(FirstValue.NONE);
    }

    @Test
    void theTamAddsAManualReading() throws Exception {
        String saved = body(mvc.perform(post("/accounts/" + accountId + "/license-usage")
                        .param("readingDate", today.minusDays(2).toString())
                        .param("utilizationPercent", "35.5")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(saved).contains("Reading saved.").contains("35.50%").contains("&quot;Manual&quot;");
        // a manual reading leaves the First Value Date to the TAM
        assertThat(licenseUsage.firstValue(accountId)).isEqualTo(FirstValue.NONE);

        String rejected = body(mvc.perform(post("/accounts/" + accountId + "/license-usage")
                        .param("readingDate", today.minusDays(1).toString())
                        .param("utilizationPercent", "-3")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(rejected)
                .contains("Utilization is between 0 and 1000 percent")
                .contains("value=\"-3\"");

        mvc.perform(post("/accounts/" + accountId + "/license-usage")
                        .param("readingDate", today.toString())
                        .param("utilizationPercent", "10")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String rejectedFirstValue(String date) throws Exception {
        return body(mvc.perform(post("/accounts/" + accountId + "/first-value")
                        .param("firstValueDate", date)
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));
    }

    private String htmxPanel(UserView viewer) throws Exception {
        return body(mvc.perform(get("/accounts/" + accountId + "/license-usage")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(viewer)))
                .andExpect(status().isOk()));
    }

    private static NewLicenseUsageReading cloud(LocalDate date, String percent) {
        return new NewLicenseUsageReading(date, new BigDecimal(percent), LicenseUsageSource.CLOUD_LICENSE);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
