package dev.facet.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * DOMAIN 7 in plain Java: whole calendar days, same day = 0. A metric reached is MET when its days are
 * at most the goal, else MISSED; one not reached is ON_TRACK while the days elapsed since its start
 * (today − start) are at most the goal, else OVERDUE. Time to Engage counts 0 when the first call or
 * meeting came before the onboarding started. Time to First Value runs from the original contract
 * date, so it is measured even for an account that never had an onboarding CTA; the other two are
 * NOT_STARTED until one exists. A closed onboarding's metrics are final: counted up to its closed
 * date, and a metric it did not reach by then is MISSED, never OVERDUE, even if it is reached later. The onboarding_time_to_value view
 * computes the same days in SQL, and the dashboard's scope the same states.
 */
public final class TimeToValueCalculator {

    private TimeToValueCalculator() {}

    public static TimeToValue calculate(TimeToValueFacts facts, MetricGoals goals, LocalDate today) {
        LocalDate start = facts.onboardingStart();
        LocalDate closed = facts.onboardingClosed();
        // The day the figures are read on: today while the onboarding runs, its closed date once it is over.
        AsOf asOf = closed != null && closed.isBefore(today) ? new AsOf(closed, true) : new AsOf(today, closed != null);
        MetricResult engage = start == null
                ? MetricResult.notStarted(TimeToValueMetric.TIME_TO_ENGAGE, goals.timeToEngage())
                : measure(TimeToValueMetric.TIME_TO_ENGAGE, start, facts.firstEngagement(), goals.timeToEngage(), asOf);
        MetricResult firstValue = measure(
                TimeToValueMetric.TIME_TO_FIRST_VALUE,
                facts.originalContractDate(),
                facts.firstValueDate(),
                goals.timeToFirstValue(),
                asOf);
        MetricResult onboard = start == null
                ? MetricResult.notStarted(TimeToValueMetric.TIME_TO_ONBOARD, goals.timeToOnboard())
                : measure(
                        TimeToValueMetric.TIME_TO_ONBOARD,
                        start,
                        facts.onboardingClosed(),
                        goals.timeToOnboard(),
                        asOf);
        return new TimeToValue(engage, firstValue, onboard);
    }

    /**
     * One metric from its start to the day it was reached (null while not reached). A date reached
     * before the start counts 0, and so does a start still in the future.
     */
    private static MetricResult measure(
            TimeToValueMetric metric, LocalDate start, @Nullable LocalDate reachedOn, int goal, AsOf asOf) {
        if (reachedOn != null && asOf.closed() && reachedOn.isAfter(asOf.day())) {
            // Reached only after the onboarding closed: its figures were final at the close.
            return new MetricResult(metric, null, daysBetween(start, asOf.day()), goal, MetricState.MISSED);
        }
        if (reachedOn != null) {
            long days = daysBetween(start, reachedOn);
            return new MetricResult(metric, days, days, goal, days <= goal ? MetricState.MET : MetricState.MISSED);
        }
        long elapsed = daysBetween(start, asOf.day());
        if (asOf.closed()) {
            return new MetricResult(metric, null, elapsed, goal, MetricState.MISSED);
        }
        return new MetricResult(
                metric, null, elapsed, goal, elapsed <= goal ? MetricState.ON_TRACK : MetricState.OVERDUE);
    }

    /** The day figures are counted to, and whether they are final (the onboarding has closed). */
    private record AsOf(LocalDate day, boolean closed) {}

    private static long daysBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
