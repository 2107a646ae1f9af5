package dev.facet.gemstone;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change of seats or tier recomputes the gemstone in the same transaction and records the change. */
@ApplicationTest
class GemstoneHistoryTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    GemstoneManagement gemstones;

    @Autowired
    UserManagement users;

    @Test
    void recordsEachChangeOfGemstoneOnce() {
        String crmId = TestData.unique("GEM");
        UUID id = accounts.upsertFromCrm(crmId, details(400, ProductTier.PREMIUM), null, null)
                .account()
                .id();
        accounts.upsertFromCrm(crmId, details(450, ProductTier.PREMIUM), null, null); // still Quartz
        accounts.upsertFromCrm(crmId, details(1500, ProductTier.PREMIUM), null, null); // Sapphire
        accounts.upsertFromCrm(crmId, details(1500, ProductTier.ULTIMATE), null, null); // Pearl: tier upgrade

        var panel = gemstones.panel(id, SignedIn.currentUser(TestData.user(users, Role.MANAGER)));
        assertThat(panel.gemstone()).isEqualTo(Gemstone.PEARL);
        assertThat(panel.because()).isEqualTo("seats 1,500 > 1,000 on Ultimate");
        assertThat(panel.history())
                .extracting(GemstoneHistoryEntry::gemstone)
                .containsExactly(Gemstone.PEARL, Gemstone.SAPPHIRE, Gemstone.QUARTZ);
        assertThat(panel.history().getFirst().previousGemstone()).isEqualTo(Gemstone.SAPPHIRE);
        assertThat(panel.history().getFirst().productTier()).isEqualTo(ProductTier.ULTIMATE);
        assertThat(panel.scheduleBy()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    private static AccountDetails details(int seats, ProductTier tier) {
        return new AccountDetails(
                "History Co",
                Segment.MID_MARKET,
                Region.APAC,
                false,
                DeploymentType.SELF_MANAGED,
                tier,
                seats,
                new BigDecimal("1000"),
                LocalDate.of(2026, 10, 1),
                false,
                null,
                null);
    }
}
