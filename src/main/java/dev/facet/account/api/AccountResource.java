package dev.facet.account.api;

import dev.facet.account.AccountView;
import dev.facet.account.DeploymentType;
import dev.facet.account.Gemstone;
import dev.facet.account.LifecycleStage;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account as the API returns it. */
record AccountResource(
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
        @Nullable String tam,
        @Nullable String salesOwner,
        @Nullable String solutionsArchitect,
        LifecycleStage lifecycleStage,
        @Nullable Sentiment sentiment,
        @Nullable Gemstone gemstone,
        @Nullable String gemstoneReason,
        BigDecimal totalAccountValue,
        List<ContactPayload> contacts,
        List<OpportunityResource> opportunities) {

    static AccountResource of(AccountView a, @Nullable String tamUsername) {
        return new AccountResource(
                a.crmId(),
                a.name(),
                a.segment(),
                a.region(),
                a.publicSector(),
                a.deploymentType(),
                a.productTier(),
                a.seats(),
                a.arr(),
                a.originalContractDate(),
                a.onboardingPilot(),
                tamUsername,
                a.salesOwner(),
                a.solutionsArchitect(),
                a.lifecycleStage(),
                a.sentiment(),
                a.gemstone(),
                a.gemstoneReason(),
                a.totalAccountValue(),
                a.contacts().stream().map(ContactPayload::of).toList(),
                a.opportunities().stream().map(OpportunityResource::of).toList());
    }
}
