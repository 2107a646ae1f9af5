package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin page of the First Value threshold: global data, so a database of its own. */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=time-to-value-settings")
class LicenseSettingsAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    LicenseUsageManagement licenseUsage;

    UserView admin;
    UserView tam;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = TestData.user(users, Role.ADMIN);
        tam = TestData.user(users, Role.TAM);
        today = LocalDate.now();
    }

    @AfterEach
    void restoreTheHandbookThreshold() {
        licenseUsage.changeThreshold(BigDecimal.TEN, licenseUsage.settings().version(), SignedIn.currentUser(admin));
    }

    @Test
    void aNewThresholdMovesTheDatesThatCloudDataSet() throws Exception {
        String rising = account();
        licenseUsage.record(rising, cloud(today.minusDays(10), "8"));
        licenseUsage.record(rising, cloud(today.minusDays(5), "12"));
        String steady = account();
        licenseUsage.record(steady, cloud(today.minusDays(6), "12"));
        String byHand = account();
        licenseUsage.enterFirstValue(id(byHand), today.minusDays(3), SignedIn.currentUser(tam));

        assertThat(body(mvc.perform(get("/admin").with(SignedIn.as(admin))).andExpect(status().isOk())))
                .contains("href=\"/admin/license-usage\"");
        assertThat(body(mvc.perform(get("/admin/license-usage").with(SignedIn.as(admin)))
                        .andExpect(status().isOk())))
                .contains("value=\"10\"");

        mvc.perform(save("7.5", licenseUsage.settings().version()))
                .andExpect(redirectedUrl("/admin/license-usage"))
                .andExpect(flash().attribute("message", "account.licenseSettings.saved"));
        assertThat(firstValueDate(rising)).isEqualTo(today.minusDays(10));
        assertThat(firstValueDate(steady)).isEqualTo(today.minusDays(6));
        assertThat(firstValueDate(byHand)).isEqualTo(today.minusDays(3));

        mvc.perform(save("20", licenseUsage.settings().version())).andExpect(status().isFound());
        assertThat(firstValueDate(rising)).isNull();
        assertThat(firstValueDate(steady)).isNull();
        assertThat(licenseUsage.firstValue(id(byHand)))
                .isEqualTo(new FirstValue(today.minusDays(3), FirstValueSource.MANUAL, tam.id()));
    }

    @Test
    void aStaleEditIsAConflictAndBadValuesAreFieldErrors() throws Exception {
        long seen = licenseUsage.settings().version();
        mvc.perform(save("12", seen)).andExpect(status().isFound());
        assertThat(body(mvc.perform(save("15", seen)).andExpect(status().isConflict())))
                .contains("Someone else saved this record")
                .contains("value=\"15\"");

        assertThat(body(mvc.perform(save("0", licenseUsage.settings().version()))
                        .andExpect(status().isUnprocessableContent())))
                .contains("The threshold is above 0 and at most 100 percent");
        assertThat(body(mvc.perform(save("100.5", licenseUsage.settings().version()))
                        .andExpect(status().isUnprocessableContent())))
                .contains("The threshold is above 0 and at most 100 percent");
        assertThat(body(mvc.perform(save("ten", licenseUsage.settings().version()))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Give a number such as 10");
        assertThat(licenseUsage.threshold()).isEqualByComparingTo("12");

        UserView manager = TestData.user(users, Role.MANAGER);
        mvc.perform(get("/admin/license-usage").with(SignedIn.as(manager))).andExpect(status().isForbidden());
    }

    private String account() {
        String crmId = TestData.unique("LS");
        accounts.upsertFromCrm(
                crmId,
                new AccountDetails(
                        "Threshold " + crmId,
                        Segment.SMB,
                        Region.APAC,
                        false,
                        DeploymentType.SAAS,
                        ProductTier.PREMIUM,
                        10,
                        new BigDecimal("1000"),
                        today.minusDays(30),
                        false,
                        null,
                        null),
                tam.username(),
                List.of());
        return crmId;
    }

    private java.util.UUID id(String crmId) {
        return accounts.findByCrmId(crmId).orElseThrow().id();
    }

    private LocalDate firstValueDate(String crmId) {
        return accounts.findByCrmId(crmId).orElseThrow().firstValueDate();
    }

    private MockHttpServletRequestBuilder save(String percent, long version) {
        return post("/admin/license-usage")
                .param("thresholdPercent", percent)
                .param("version", String.valueOf(version))
                .with(SignedIn.as(admin))
                .with(csrf());
    }

    private static NewLicenseUsageReading cloud(LocalDate date, String percent) {
        return new NewLicenseUsageReading(date, new BigDecimal(percent), LicenseUsageSource.CLOUD_LICENSE);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
