package dev.facet.account.api;

import dev.facet.account.LicenseUsageSource;
import dev.facet.account.LicenseUsageView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One utilization reading as the API shows it. */
record LicenseUsageResource(
        LocalDate date, BigDecimal utilizationPercent, LicenseUsageSource source, Instant recordedAt) {

    static LicenseUsageResource of(LicenseUsageView reading) {
        return new LicenseUsageResource(
                reading.date(), reading.utilizationPercent(), reading.source(), reading.recordedAt());
    }
}
