package dev.facet.account.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A MANUAL utilization reading entered on the account page. */
public class LicenseReadingForm {

    @NotNull(message = "{account.licenseUsage.date.required}")
    private @Nullable LocalDate readingDate;

    @NotNull(message = "{account.licenseUsage.percent.required}")
    @DecimalMin(value = "0", message = "{account.licenseUsage.percent.range}")
    @DecimalMax(value = "1000", message = "{account.licenseUsage.percent.range}")
    @Digits(integer = 4, fraction = 2, message = "{account.licenseUsage.percent.scale}")
    private @Nullable BigDecimal utilizationPercent;

    public @Nullable LocalDate getReadingDate() {
        return readingDate;
    }

    public void setReadingDate(@Nullable LocalDate readingDate) {
        this.readingDate = readingDate;
    }

    public @Nullable BigDecimal getUtilizationPercent() {
        return utilizationPercent;
    }

    public void setUtilizationPercent(@Nullable BigDecimal utilizationPercent) {
        this.utilizationPercent = utilizationPercent;
    }
}
