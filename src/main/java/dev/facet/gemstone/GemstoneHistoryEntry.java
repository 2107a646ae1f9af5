package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import dev.facet.account.ProductTier;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record GemstoneHistoryEntry(
        Instant changedAt,
        @Nullable Gemstone previousGemstone,
        Gemstone gemstone,
        String reason,
        int seats,
        ProductTier productTier,
        BigDecimal totalAccountValue) {}
