package dev.facet.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/** The first day of the fiscal year, as data (DOMAIN 1: February 1 by default). */
@Entity
@Table(name = "account_fiscal_calendar")
class FiscalCalendar {

    static final int ONLY_ROW = 1;

    @Id
    private int id;

    private int fiscalYearStartMonth;
    private int fiscalYearStartDay;

    @Version
    private @Nullable Long version;

    protected FiscalCalendar() {}

    MonthDay fiscalYearStart() {
        return MonthDay.of(fiscalYearStartMonth, fiscalYearStartDay);
    }
}
