package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A utilization reading as the CRM or a TAM sends it. */
public record NewLicenseUsageReading(LocalDate date, BigDecimal utilizationPercent, LicenseUsageSource source) {}
