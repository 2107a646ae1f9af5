package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The attributes the CRM (or a manager's form) owns. */
public record AccountDetails(
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
        @Nullable String salesOwner,
        @Nullable String solutionsArchitect) {}
