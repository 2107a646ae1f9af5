package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;

/**
 * DOMAIN 1: TAV is the current fiscal year's ARR opportunity amount plus the amounts of all future
 * renewal opportunities, that is the sum over opportunities that are not Closed Lost and either
 * close in the current fiscal year (any type) or are renewals closing after it.
 */
public final class TotalAccountValueCalculator {

    private TotalAccountValueCalculator() {}

    public static BigDecimal calculate(
            Collection<OpportunityFacts> opportunities, LocalDate today, MonthDay fiscalYearStart) {
        FiscalYear current = FiscalYear.containing(today, fiscalYearStart);
        return opportunities.stream()
                .filter(o -> o.stage() != OpportunityStage.CLOSED_LOST)
                .filter(o -> current.contains(o.closeDate())
                        || (o.type() == OpportunityType.RENEWAL && o.closeDate().isAfter(current.end())))
                .map(OpportunityFacts::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
