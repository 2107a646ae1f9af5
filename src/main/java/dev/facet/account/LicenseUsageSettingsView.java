package dev.facet.account;

import java.math.BigDecimal;

/** The First Value threshold as the admin page shows it, with the version an edit is based on. */
public record LicenseUsageSettingsView(BigDecimal firstValueThresholdPercent, long version) {}
