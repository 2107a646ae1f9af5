package dev.facet.metrics.api;

import dev.facet.metrics.AccountTimeToValue;
import dev.facet.metrics.MetricResult;
import dev.facet.metrics.MetricState;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account's time-to-value: each metric's {@code days} (null while not reached), {@code elapsedDays}
 * (days counted so far), {@code goal} and {@code state}, measured on {@code onboardingCtaId} (null when
 * the account never had an onboarding CTA) as of {@code asOf}.
 */
record TimeToValueResource(
        @Nullable UUID onboardingCtaId,
        @Nullable LocalDate onboardingStartDate,
        LocalDate asOf,
        Metric timeToEngage,
        Metric timeToFirstValue,
        Metric timeToOnboard) {

    record Metric(@Nullable Long days, @Nullable Long elapsedDays, int goal, MetricState state) {

        static Metric of(MetricResult result) {
            return new Metric(result.days(), result.elapsedDays(), result.goal(), result.state());
        }
    }

    static TimeToValueResource of(AccountTimeToValue ttv) {
        return new TimeToValueResource(
                ttv.ctaId(),
                ttv.onboardingStart(),
                ttv.asOf(),
                Metric.of(ttv.metrics().timeToEngage()),
                Metric.of(ttv.metrics().timeToFirstValue()),
                Metric.of(ttv.metrics().timeToOnboard()));
    }
}
