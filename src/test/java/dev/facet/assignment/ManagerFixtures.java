package dev.facet.assignment;

import static org.awaitility.Awaitility.await;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaSummary;
import dev.facet.cta.CtaType;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Managers, their TAMs, and accounts waiting in a manager's queue or sitting in a TAM's book. */
public final class ManagerFixtures {

    private final UserManagement users;
    private final AccountManagement accounts;
    private final CtaManagement ctas;

    public ManagerFixtures(UserManagement users, AccountManagement accounts, CtaManagement ctas) {
        this.users = users;
        this.accounts = accounts;
        this.ctas = ctas;
    }

    public UserView manager() {
        return TestData.user(users, Role.MANAGER);
    }

    /** An active TAM reporting to {@code manager} (or to nobody). */
    public UserView tam(@Nullable UserView manager) {
        String username = TestData.unique("tam");
        return users.create(new NewUser(
                username,
                "TAM " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager == null ? null : manager.id(),
                "UTC"));
    }

    /**
     * An Enterprise account above the ARR threshold without a TAM: the rule opens its ASSIGN_TAM item,
     * which the manager takes over so it waits in their own queue. Returns the item's CTA id.
     */
    public UUID waitingItem(String name, UserView manager) {
        UUID accountId = account(name, Segment.ENTERPRISE, 120, 60_000, null);
        CtaSummary item = await().atMost(Duration.ofSeconds(20))
                .until(() -> open(accountId, CtaType.ASSIGN_TAM), Optional::isPresent)
                .orElseThrow();
        ctas.takeOwnership(item.id(), CtaActor.user(SignedIn.currentUser(manager)));
        return item.id();
    }

    /** An account in the TAM's book: Enterprise above the threshold, so its onboarding opens for them. */
    public UUID onboardingAccount(String name, UserView tam) {
        UUID accountId = account(name, Segment.ENTERPRISE, 120, 60_000, tam);
        await().atMost(Duration.ofSeconds(20)).until(() -> open(accountId, CtaType.ONBOARDING), Optional::isPresent);
        return accountId;
    }

    /**
     * An account that triggers nothing by itself: SMB (no ARR threshold), free tier, few seats, so
     * a Quartz; or with {@code seats} above 5,000 a Diamond, whose gemstone rule opens the onboarding.
     */
    public UUID account(String name, Segment segment, int seats, long arr, @Nullable UserView tam) {
        return accounts.upsertFromCrm(
                        TestData.unique("MGR"),
                        new AccountDetails(
                                name,
                                segment,
                                Region.EMEA,
                                false,
                                DeploymentType.SAAS,
                                ProductTier.FREE,
                                seats,
                                BigDecimal.valueOf(arr),
                                LocalDate.now().minusDays(10),
                                false,
                                null,
                                null),
                        tam == null ? null : tam.username(),
                        List.of())
                .account()
                .id();
    }

    public Optional<CtaSummary> open(UUID accountId, CtaType type) {
        return ctas.ofAccount(accountId).stream()
                .filter(c -> c.type() == type && c.open())
                .findFirst();
    }
}
