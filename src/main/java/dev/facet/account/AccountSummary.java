package dev.facet.account;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the account list. */
public record AccountSummary(
        UUID id,
        String crmId,
        String name,
        Segment segment,
        Region region,
        ProductTier productTier,
        int seats,
        BigDecimal arr,
        BigDecimal totalAccountValue,
        @Nullable Gemstone gemstone,
        @Nullable UUID tamId,
        LifecycleStage lifecycleStage,
        @Nullable Sentiment sentiment) {}
