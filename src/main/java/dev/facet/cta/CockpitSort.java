package dev.facet.cta;

/**
 * The cockpit's sortable columns, each with the SQL it orders by; only these constants ever reach a
 * statement, never text from the request. {@link #URGENCY}, the default, puts CTAs with open tasks
 * due within the week first, then by due date.
 */
public enum CockpitSort {
    URGENCY("case when exists (select 1 from cta_task t where t.cta_id = c.id and t.status = 'OPEN'"
            + " and t.due_date <= :weekEnd) then 0 else 1 end"),
    DUE_DATE("c.due_date"),
    ACCOUNT("lower(a.name)"),
    GEMSTONE("case a.gemstone when 'DIAMOND' then 1 when 'PEARL' then 2 when 'SAPPHIRE' then 3"
            + " when 'RUBY' then 4 when 'QUARTZ' then 5 else 6 end"),
    TYPE("c.type"),
    STATUS("c.status"),
    START_DATE("c.start_date"),
    OWNER("lower(u.display_name)");

    private final String sql;

    CockpitSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
