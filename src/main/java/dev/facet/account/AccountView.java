package dev.facet.account;

import dev.facet.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One account with everything the C360 page shows of it. */
public record AccountView(
        UUID id,
        String crmId,
        String name,
        Segment segment,
        Region region,
        boolean publicSector,
        DeploymentType deploymentType,
        ProductTier productTier,
        int seats,
        BigDecimal arr,
        LocalDate originalContractDate,
        boolean onboardingPilot,
        @Nullable UUID tamId,
        @Nullable String salesOwner,
        @Nullable String solutionsArchitect,
        LifecycleStage lifecycleStage,
        @Nullable Sentiment sentiment,
        @Nullable LocalDate firstValueDate,
        boolean atRisk,
        BigDecimal totalAccountValue,
        @Nullable Gemstone gemstone,
        @Nullable String gemstoneReason,
        Map<DevOpsStage, LocalDate> stageAdoption,
        List<OpportunityView> opportunities,
        List<ContactView> contacts,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The account's TAM works it, and so does any manager (DOMAIN 11). */
    public boolean mayBeWorkedBy(CurrentUser user) {
        return mayWork(tamId, user);
    }

    static boolean mayWork(@Nullable UUID tamId, CurrentUser user) {
        return user.id().equals(tamId) || user.isManager();
    }

    public AccountDetails details() {
        return new AccountDetails(
                name,
                segment,
                region,
                publicSector,
                deploymentType,
                productTier,
                seats,
                arr,
                originalContractDate,
                onboardingPilot,
                salesOwner,
                solutionsArchitect);
    }
}
