package dev.facet.account;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account with cloud-license data and the date of its earliest reading at the threshold, if any. */
record EarliestQualifyingReading(UUID accountId, @Nullable LocalDate date) {}
