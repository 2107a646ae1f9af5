package dev.facet.account.api;

import dev.facet.account.OpportunityDetails;
import dev.facet.account.OpportunityStage;
import dev.facet.account.OpportunityType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/v1/accounts/{crmId}/opportunities/{opportunityCrmId}}. */
record OpportunityPayload(
        @NotNull @Nullable OpportunityType type,

        @Schema(example = "5-Negotiating") @NotNull @Nullable
        OpportunityStage stage,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable
        BigDecimal amount,

        @NotNull @Nullable LocalDate closeDate) {

    @SuppressWarnings("NullAway")
    OpportunityDetails details() {
        return new OpportunityDetails(type, stage, amount, closeDate);
    }
}
