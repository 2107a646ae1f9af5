package dev.facet.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One stored utilization reading. */
public record LicenseUsageView(
        LocalDate date, BigDecimal utilizationPercent, LicenseUsageSource source, Instant recordedAt) {}
