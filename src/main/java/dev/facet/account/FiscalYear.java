package dev.facet.account;

import java.time.LocalDate;
import java.time.MonthDay;

/** One fiscal year, first and last day inclusive. */
public record FiscalYear(LocalDate start, LocalDate end) {

    public static FiscalYear containing(LocalDate day, MonthDay firstDay) {
        LocalDate startThisYear = firstDay.atYear(day.getYear());
        LocalDate start = day.isBefore(startThisYear) ? startThisYear.minusYears(1) : startThisYear;
        return new FiscalYear(start, start.plusYears(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
