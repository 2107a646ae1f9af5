package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The account page's license usage section: the newest readings (oldest first, for the chart), the
 * First Value Date with how it was set, the threshold, and what the viewer may enter.
 */
public record LicenseUsagePanel(
        UUID accountId,
        String accountName,
        LocalDate originalContractDate,
        FirstValue firstValue,
        @Nullable String firstValueSetByName,
        BigDecimal thresholdPercent,
        List<LicenseUsageView> readings,
        boolean hasCloudReadings,
        boolean mayWork) {

    /** The manual First Value form is offered only where no cloud-license data exists (DOMAIN 7). */
    public boolean mayEnterFirstValue() {
        return mayWork && !hasCloudReadings;
    }
}
