package dev.facet.support;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.ContactDetails;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Accounts for tests, with unique CRM ids so tests sharing one database never collide. */
public final class Accounts {

    private Accounts() {}

    /**
     * A small SMB account (10 seats, $5,000 ARR, a Quartz) that fires no onboarding rule, so only the
     * CTAs a test makes by hand exist on it.
     */
    public static UUID aQuietAccount(
            AccountManagement accounts, String name, @Nullable String tamUsername, List<ContactDetails> contacts) {
        return accounts.upsertFromCrm(TestData.unique("QUIET"), quietDetails(name), tamUsername, contacts)
                .account()
                .id();
    }

    public static UUID aQuietAccount(AccountManagement accounts, String name, @Nullable String tamUsername) {
        return aQuietAccount(accounts, name, tamUsername, List.of());
    }

    public static AccountDetails quietDetails(String name) {
        return new AccountDetails(
                name,
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now(ZoneOffset.UTC).minusDays(30),
                false,
                null,
                null);
    }
}
