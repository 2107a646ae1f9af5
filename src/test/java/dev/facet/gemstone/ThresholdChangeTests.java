package dev.facet.gemstone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.Gemstone;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin changes the gemstone table and every account follows. Runs in a context of its own (the
 * property makes it one), since it changes thresholds that other tests rely on.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=thresholds")
class ThresholdChangeTests {

    @Autowired
    GemstoneManagement gemstones;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    void reclassifiesEveryAccountAfterAnAdminChangesTheThresholds() {
        UUID id = accounts.upsertFromCrm(TestData.unique("THR"), details(700), null, null)
                .account()
                .id();
        assertThat(accounts.get(id).gemstone()).isEqualTo(Gemstone.RUBY);

        ThresholdSettings before = gemstones.thresholdSettings();
        var handbook = GemstoneThresholds.handbook();
        var lowered = new GemstoneThresholds(
                5000,
                2000,
                handbook.diamondTav(),
                2500,
                1000,
                handbook.pearlTav(),
                600,
                handbook.sapphirePremiumTav(),
                500,
                handbook.rubyTav());
        gemstones.changeThresholds(lowered, before.version());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(accounts.get(id).gemstone()).isEqualTo(Gemstone.SAPPHIRE));
        assertThat(accounts.get(id).gemstoneReason()).isEqualTo("seats 700 > 600");
    }

    @Test
    void refusesAStaleOrDisorderedTable() {
        ThresholdSettings current = gemstones.thresholdSettings();
        assertThatThrownBy(() -> gemstones.changeThresholds(current.thresholds(), current.version() + 7))
                .isInstanceOf(StaleEditException.class);
        var upsideDown = new GemstoneThresholds(
                10, 2000, BigDecimal.ONE, 2500, 1000, BigDecimal.TEN, 1000, BigDecimal.TEN, 500, BigDecimal.TEN);
        assertThatThrownBy(() -> gemstones.changeThresholds(upsideDown, current.version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theAdminPageEditsTheThresholds() throws Exception {
        var admin = SignedIn.as(TestData.user(users, Role.ADMIN));
        mvc.perform(get("/admin/gemstone-thresholds").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/gemstone-thresholds").with(SignedIn.as(TestData.user(users, Role.MANAGER))))
                .andExpect(status().isForbidden());

        long version = gemstones.thresholdSettings().version();
        mvc.perform(thresholds("100", "-1", version).with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "rubyTav"));
        mvc.perform(thresholds("100", "50000", version).with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "diamondSeats", "gemstone.threshold.order"));
        mvc.perform(thresholds("6000", "50000", version).with(admin))
                .andExpect(redirectedUrl("/admin/gemstone-thresholds"));
        assertThat(gemstones.thresholdSettings().thresholds().diamondSeats()).isEqualTo(6000);
    }

    /** The handbook table with the Diamond seats and Ruby TAV bars of the test's choosing. */
    private static MockHttpServletRequestBuilder thresholds(String diamondSeats, String rubyTav, long version) {
        return post("/admin/gemstone-thresholds")
                .with(csrf())
                .param("diamondSeats", diamondSeats)
                .param("diamondTopTierSeats", "2000")
                .param("diamondTav", "500000")
                .param("pearlSeats", "2500")
                .param("pearlTopTierSeats", "1000")
                .param("pearlTav", "250000")
                .param("sapphireSeats", "1000")
                .param("sapphirePremiumTav", "100000")
                .param("rubySeats", "500")
                .param("rubyTav", rubyTav)
                .param("version", String.valueOf(version));
    }

    private static AccountDetails details(int seats) {
        return new AccountDetails(
                "Threshold Co",
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.FREE,
                seats,
                BigDecimal.TEN,
                LocalDate.of(2026, 9, 1),
                false,
                null,
                null);
    }
}
