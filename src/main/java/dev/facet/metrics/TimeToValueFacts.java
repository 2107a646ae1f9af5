package dev.facet.metrics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates the metrics are measured from. {@code onboardingStart} is null when the account has had
 * no onboarding CTA; {@code firstEngagement} is the account's first CALL or MEETING, whenever it was.
 */
public record TimeToValueFacts(
        LocalDate originalContractDate,
        @Nullable LocalDate firstValueDate,
        @Nullable LocalDate onboardingStart,
        @Nullable LocalDate onboardingClosed,
        @Nullable LocalDate firstEngagement) {}
