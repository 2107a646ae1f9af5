package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DOMAIN 1: opportunities that are not Closed Lost count when they close in the current fiscal
 * year (any type), or when they are renewals closing after it. The fiscal year starts February 1.
 */
class TotalAccountValueCalculatorTests {

    private static final MonthDay FEBRUARY_FIRST = MonthDay.of(2, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22); // fiscal year 2026-02-01..2027-01-31

    @ParameterizedTest(name = "{0} {1} closing {2} counts: {3}")
    @CsvSource(textBlock = """
            NEW_BUSINESS, CLOSED_WON,  2026-02-01, true
            NEW_BUSINESS, CLOSED_WON,  2026-01-31, false
            ADD_ON,       NEGOTIATING, 2027-01-31, true
            ADD_ON,       NEGOTIATING, 2027-02-01, false
            RENEWAL,      DISCOVERY,   2027-02-01, true
            RENEWAL,      CLOSED_WON,  2029-06-30, true
            RENEWAL,      CLOSED_WON,  2026-01-31, false
            RENEWAL,      CLOSED_LOST, 2027-06-01, false
            NEW_BUSINESS, CLOSED_LOST, 2026-06-01, false
            NEW_BUSINESS, PROPOSAL,    2027-03-01, false
            """)
    void countsAnOpportunity(OpportunityType type, OpportunityStage stage, LocalDate close, boolean counts) {
        BigDecimal tav = TotalAccountValueCalculator.calculate(
                List.of(new OpportunityFacts(type, stage, new BigDecimal("1000"), close)), TODAY, FEBRUARY_FIRST);
        assertThat(tav).isEqualByComparingTo(counts ? "1000" : "0");
    }

    @ParameterizedTest(name = "today {0}: fiscal year {1}..{2}")
    @CsvSource(textBlock = """
            2026-11-22, 2026-02-01, 2027-01-31
            2026-02-01, 2026-02-01, 2027-01-31
            2026-01-31, 2025-02-01, 2026-01-31
            """)
    void findsTheFiscalYear(LocalDate today, LocalDate start, LocalDate end) {
        assertThat(FiscalYear.containing(today, FEBRUARY_FIRST)).isEqualTo(new FiscalYear(start, end));
    }

    @org.junit.jupiter.api.Test
    void addsTheCurrentYearAndFutureRenewals() {
        var opportunities = List.of(
                new OpportunityFacts(
                        OpportunityType.NEW_BUSINESS,
                        OpportunityStage.CLOSED_WON,
                        new BigDecimal("60000"),
                        LocalDate.of(2026, 3, 1)),
                new OpportunityFacts(
                        OpportunityType.ADD_ON,
                        OpportunityStage.NEGOTIATING,
                        new BigDecimal("15000.50"),
                        LocalDate.of(2026, 12, 15)),
                new OpportunityFacts(
                        OpportunityType.RENEWAL,
                        OpportunityStage.PENDING_ACCEPTANCE,
                        new BigDecimal("70000"),
                        LocalDate.of(2027, 3, 1)),
                new OpportunityFacts(
                        OpportunityType.RENEWAL,
                        OpportunityStage.CLOSED_LOST,
                        new BigDecimal("99999"),
                        LocalDate.of(2028, 3, 1)),
                new OpportunityFacts(
                        OpportunityType.ADD_ON,
                        OpportunityStage.PROPOSAL,
                        new BigDecimal("5000"),
                        LocalDate.of(2027, 3, 1)));
        assertThat(TotalAccountValueCalculator.calculate(opportunities, TODAY, FEBRUARY_FIRST))
                .isEqualByComparingTo("145000.50");
    }
}
