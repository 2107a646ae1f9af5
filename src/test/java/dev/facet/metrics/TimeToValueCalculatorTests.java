package dev.facet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN 7 as tables: whole calendar days, same day = 0, states against the goal on either side. */
class TimeToValueCalculatorTests {

    private static final MetricGoals GOALS = new MetricGoals(14, 30, 45);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                                  start,      closed,     today,      days, elapsed, state
            handbook example (34 of 45),           2020-08-15, 2020-09-18, 2020-12-01, 34,   34,      MET
            closed the day it started,             2020-08-15, 2020-08-15, 2020-08-20, 0,    0,       MET
            closed exactly on the goal day,        2020-08-15, 2020-09-29, 2020-12-01, 45,   45,      MET
            closed one day past the goal,          2020-08-15, 2020-09-30, 2020-12-01, 46,   46,      MISSED
            open and started today,                2020-08-15, -,          2020-08-15, -,    0,       ON_TRACK
            open inside the goal,                  2020-08-15, -,          2020-09-01, -,    17,      ON_TRACK
            open on the goal day,                  2020-08-15, -,          2020-09-29, -,    45,      ON_TRACK
            open one day past the goal,            2020-08-15, -,          2020-09-30, -,    46,      OVERDUE
            open long past the goal,               2020-08-15, -,          2021-08-15, -,    365,     OVERDUE
            start still in the future,             2020-08-15, -,          2020-08-10, -,    0,       ON_TRACK
            across a leap day,                     2020-02-01, 2020-03-17, 2020-12-01, 45,   45,      MET
            """)
    void timeToOnboard(
            String description,
            LocalDate start,
            @Nullable LocalDate closed,
            LocalDate today,
            @Nullable Long days,
            long elapsed,
            MetricState state) {
        var facts = new TimeToValueFacts(start, null, start, closed, null);
        MetricResult result =
                TimeToValueCalculator.calculate(facts, GOALS, today).timeToOnboard();
        assertThat(result).isEqualTo(new MetricResult(TimeToValueMetric.TIME_TO_ONBOARD, days, elapsed, 45, state));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                                   start,      firstCallOrMeeting, today,      days, elapsed, state
            call on the start day,                  2020-08-15, 2020-08-15,         2020-12-01, 0,    0,       MET
            engagement before the start counts 0,   2020-08-15, 2020-07-01,         2020-12-01, 0,    0,       MET
            engaged a week in,                      2020-08-15, 2020-08-22,         2020-12-01, 7,    7,       MET
            engaged exactly on the goal day,        2020-08-15, 2020-08-29,         2020-12-01, 14,   14,      MET
            engaged one day past the goal,          2020-08-15, 2020-08-30,         2020-12-01, 15,   15,      MISSED
            not engaged inside the goal,            2020-08-15, -,                  2020-08-20, -,    5,       ON_TRACK
            not engaged on the goal day,            2020-08-15, -,                  2020-08-29, -,    14,      ON_TRACK
            not engaged one day past the goal,      2020-08-15, -,                  2020-08-30, -,    15,      OVERDUE
            """)
    void timeToEngage(
            String description,
            LocalDate start,
            @Nullable LocalDate firstCallOrMeeting,
            LocalDate today,
            @Nullable Long days,
            long elapsed,
            MetricState state) {
        var facts = new TimeToValueFacts(start.minusDays(40), null, start, null, firstCallOrMeeting);
        MetricResult result =
                TimeToValueCalculator.calculate(facts, GOALS, today).timeToEngage();
        assertThat(result).isEqualTo(new MetricResult(TimeToValueMetric.TIME_TO_ENGAGE, days, elapsed, 14, state));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                                   contract,   firstValue, today,      days, elapsed, state
            value on the contract day,              2020-08-01, 2020-08-01, 2020-12-01, 0,    0,       MET
            value three weeks in,                   2020-08-01, 2020-08-22, 2020-12-01, 21,   21,      MET
            value exactly on the goal day,          2020-08-01, 2020-08-31, 2020-12-01, 30,   30,      MET
            value one day past the goal,            2020-08-01, 2020-09-01, 2020-12-01, 31,   31,      MISSED
            value dated before the contract,        2020-08-01, 2020-07-15, 2020-12-01, 0,    0,       MET
            no value inside the goal,               2020-08-01, -,          2020-08-21, -,    20,      ON_TRACK
            no value on the goal day,               2020-08-01, -,          2020-08-31, -,    30,      ON_TRACK
            no value one day past the goal,         2020-08-01, -,          2020-09-01, -,    31,      OVERDUE
            """)
    void timeToFirstValue(
            String description,
            LocalDate contract,
            @Nullable LocalDate firstValue,
            LocalDate today,
            @Nullable Long days,
            long elapsed,
            MetricState state) {
        var facts = new TimeToValueFacts(contract, firstValue, contract.plusDays(3), null, null);
        MetricResult result =
                TimeToValueCalculator.calculate(facts, GOALS, today).timeToFirstValue();
        assertThat(result).isEqualTo(new MetricResult(TimeToValueMetric.TIME_TO_FIRST_VALUE, days, elapsed, 30, state));
    }

    @Test
    void withoutAnOnboardingCtaOnlyTimeToFirstValueIsMeasured() {
        var facts =
                new TimeToValueFacts(LocalDate.parse("2020-08-01"), null, null, null, LocalDate.parse("2020-08-05"));
        TimeToValue result = TimeToValueCalculator.calculate(facts, GOALS, LocalDate.parse("2020-08-11"));

        assertThat(result.timeToEngage())
                .isEqualTo(new MetricResult(TimeToValueMetric.TIME_TO_ENGAGE, null, null, 14, MetricState.NOT_STARTED));
        assertThat(result.timeToOnboard())
                .isEqualTo(
                        new MetricResult(TimeToValueMetric.TIME_TO_ONBOARD, null, null, 45, MetricState.NOT_STARTED));
        assertThat(result.timeToFirstValue())
                .isEqualTo(
                        new MetricResult(TimeToValueMetric.TIME_TO_FIRST_VALUE, null, 10L, 30, MetricState.ON_TRACK));
    }

    @Test
    void goalsAreTheAdminsNotLiterals() {
        var facts = new TimeToValueFacts(
                LocalDate.parse("2020-08-15"),
                null,
                LocalDate.parse("2020-08-15"),
                LocalDate.parse("2020-09-18"),
                LocalDate.parse("2020-08-20"));
        TimeToValue result =
                TimeToValueCalculator.calculate(facts, new MetricGoals(4, 30, 30), LocalDate.parse("2020-10-01"));

        assertThat(result.timeToEngage().state()).isEqualTo(MetricState.MISSED);
        assertThat(result.timeToOnboard().state()).isEqualTo(MetricState.MISSED);
        assertThat(result.timeToOnboard().goal()).isEqualTo(30);
        assertThat(result.timeToFirstValue().state()).isEqualTo(MetricState.MISSED);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                                      firstCall,  firstValue, today,      engage, engageDays, firstValueState, firstValueDays
            closed without a call: missed at the close, -,          -,          2020-12-01, MISSED, 34,         MISSED,          48
            closed before the goal without a call,      -,          -,          2020-09-18, MISSED, 34,         MISSED,          48
            a call and value in time stay met,         2020-08-20, 2020-08-30, 2020-12-01, MET,    5,          MET,             29
            value only after the close stays missed,   2020-08-20, 2020-10-30, 2020-12-01, MET,    5,          MISSED,          48
            """)
    void aClosedOnboardingsMetricsAreFinalAndCountToTheClose(
            String description,
            @Nullable LocalDate firstCall,
            @Nullable LocalDate firstValue,
            LocalDate today,
            MetricState engage,
            long engageDays,
            MetricState firstValueState,
            long firstValueDays) {
        // Contract 2020-08-01, onboarding 2020-08-15 to 2020-09-18 (the handbook's 34 days).
        var facts = new TimeToValueFacts(
                LocalDate.parse("2020-08-01"),
                firstValue,
                LocalDate.parse("2020-08-15"),
                LocalDate.parse("2020-09-18"),
                firstCall);
        TimeToValue result = TimeToValueCalculator.calculate(facts, GOALS, today);

        assertThat(result.timeToEngage().state()).isEqualTo(engage);
        assertThat(result.timeToEngage().elapsedDays()).isEqualTo(engageDays);
        assertThat(result.timeToFirstValue().state()).isEqualTo(firstValueState);
        assertThat(result.timeToFirstValue().elapsedDays()).isEqualTo(firstValueDays);
        assertThat(result.timeToOnboard().state()).isEqualTo(MetricState.MET);
    }

    @Test
    void anExistingCustomersFirstValueBeforeTheOnboardingIsAlreadyReached() {
        // Contract 400 days before this upgrade's onboarding, first value 20 days after the contract.
        LocalDate contract = LocalDate.parse("2019-07-01");
        var facts = new TimeToValueFacts(contract, contract.plusDays(20), contract.plusDays(400), null, null);
        MetricResult firstValue = TimeToValueCalculator.calculate(facts, GOALS, contract.plusDays(410))
                .timeToFirstValue();

        assertThat(firstValue.state()).isEqualTo(MetricState.MET);
        assertThat(firstValue.days()).isEqualTo(20L);
    }
}
