package dev.facet.account.web;

import dev.facet.account.LicenseUsageSettingsView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The admin's form for the utilization at which cloud-license data sets the First Value Date. */
public class LicenseSettingsForm {

    @NotNull(message = "{account.licenseSettings.required}")
    @DecimalMin(value = "0.01", message = "{account.licenseSettings.range}")
    @DecimalMax(value = "100", message = "{account.licenseSettings.range}")
    @Digits(integer = 3, fraction = 2, message = "{account.licenseUsage.percent.scale}")
    private @Nullable BigDecimal thresholdPercent;

    private long version;

    static LicenseSettingsForm of(LicenseUsageSettingsView settings) {
        var form = new LicenseSettingsForm();
        // 10.00 shows as 10 (and not as 1E+1).
        BigDecimal plain = settings.firstValueThresholdPercent().stripTrailingZeros();
        form.thresholdPercent = plain.scale() < 0 ? plain.setScale(0) : plain;
        form.version = settings.version();
        return form;
    }

    public @Nullable BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    public void setThresholdPercent(@Nullable BigDecimal thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
