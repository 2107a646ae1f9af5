package dev.facet.account;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity was created, or its stage, type or amount changed. {@code previousStage} is null
 * for a new opportunity.
 */
public record OpportunityChanged(
        UUID accountId,
        String opportunityCrmId,
        OpportunityType type,
        @Nullable OpportunityStage previousStage,
        OpportunityStage stage,
        BigDecimal amount) {}
