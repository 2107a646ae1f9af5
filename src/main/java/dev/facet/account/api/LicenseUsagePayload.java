package dev.facet.account.api;

import dev.facet.account.LicenseUsageSource;
import dev.facet.account.NewLicenseUsageReading;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/accounts/{crmId}/license-usage}. */
record LicenseUsagePayload(
        @NotNull @Nullable LocalDate date,

        @Schema(example = "12.5", description = "0 to 1000: above 100 when more seats are used than bought")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("1000")
        @Digits(integer = 4, fraction = 2)
        @Nullable
        BigDecimal utilizationPercent,

        @NotNull @Nullable LicenseUsageSource source) {

    @SuppressWarnings("NullAway")
    NewLicenseUsageReading reading() {
        return new NewLicenseUsageReading(date, utilizationPercent, source);
    }
}
