package dev.facet.dashboard;

import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The Customer Onboarding dashboard's SQL: each figure is one statement over the filtered scope. */
@Component
class OnboardingDashboardQueries {

    /** Cohort charts show at most this many start months, the latest ones of the scope. */
    static final int MAX_COHORTS = 24;

    private final NativeQueries queries;

    OnboardingDashboardQueries(NativeQueries queries) {
        this.queries = queries;
    }

    OnboardingCounts counts(OnboardingFilter filter, LocalDate today) {
        ScopeSql sql = new ScopeSql(filter, today);
        StringBuilder select = new StringBuilder(sql.ctes())
                .append("select count(*) as total,")
                .append(" count(*) filter (where s.closed_date is null) as open_count,")
                .append(" count(*) filter (where s.closed_date is not null) as closed_count,")
                .append(" count(*) filter (where s.closed_date is null and s.at_risk) as at_risk_count,")
                .append(" (select engage from goal) as goal_time_to_engage,")
                .append(" (select first_value from goal) as goal_time_to_first_value,")
                .append(" (select onboard from goal) as goal_time_to_onboard");
        for (Metric metric : Metric.values()) {
            String column = metric.stateColumn();
            for (MetricState state : MetricState.values()) {
                select.append(",\n count(*) filter (where s.")
                        .append(column)
                        .append(" = '")
                        .append(state.name())
                        .append("') as ")
                        .append(column)
                        .append('_')
                        .append(state.name().toLowerCase());
            }
            select.append(",\n count(*) filter (where s.closed_date is null and s.")
                    .append(column)
                    .append(" = 'OVERDUE') as ")
                    .append(column)
                    .append("_overdue_open");
        }
        select.append("\nfrom scope s");
        Tuple row = queries.single(select.toString(), sql.parameters());
        Map<Metric, StateCounts> states = new EnumMap<>(Metric.class);
        Map<Metric, Integer> goals = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            String column = metric.stateColumn();
            states.put(
                    metric,
                    new StateCounts(
                            Rows.number(row, column + "_met"),
                            Rows.number(row, column + "_missed"),
                            Rows.number(row, column + "_on_track"),
                            Rows.number(row, column + "_overdue"),
                            Rows.number(row, column + "_overdue_open")));
            goals.put(metric, (int) Rows.number(row, "goal_" + metric.name().toLowerCase()));
        }
        return new OnboardingCounts(
                Rows.number(row, "total"),
                Rows.number(row, "open_count"),
                Rows.number(row, "closed_count"),
                Rows.number(row, "at_risk_count"),
                states,
                goals);
    }

    Page<OnboardingRow> onboardings(
            OnboardingFilter filter, OnboardingSelection selection, LocalDate today, Pageable pageable) {
        ScopeSql sql = new ScopeSql(filter, today).select(selection);
        return queries.page(listSql(sql, selection, true), sql.parameters(), pageable, Rows::onboarding);
    }

    /** Every onboarding of the selection, for an export; the caller closes the stream. */
    Stream<OnboardingRow> streamOnboardings(OnboardingFilter filter, OnboardingSelection selection, LocalDate today) {
        ScopeSql sql = new ScopeSql(filter, today).select(selection);
        return queries.stream(listSql(sql, selection, false), sql.parameters()).map(Rows::onboarding);
    }

    /**
     * Longest waiting first: by original contract date for first value, else by start date. That is
     * the order of a burn-down list, and a stable one for every other list.
     */
    private static String listSql(ScopeSql sql, OnboardingSelection selection, boolean withTotal) {
        String order = selection.metric() == Metric.TIME_TO_FIRST_VALUE
                ? "s.original_contract_date, s.start_date"
                : "s.start_date";
        return sql.ctes() + "select " + ScopeSql.ONBOARDING_COLUMNS
                + (withTotal ? ", count(*) over () as total_rows" : "")
                + "\nfrom scope s where true" + sql.where()
                + "\norder by " + order + ", s.account_name, s.cta_id";
    }

    /** The onboardings of the scope that started on or after {@code since}, the newest first. */
    Page<OnboardingRow> newOnboardings(OnboardingFilter filter, LocalDate since, LocalDate today, Pageable pageable) {
        ScopeSql sql = new ScopeSql(filter, today).with("since", since);
        String select = sql.ctes() + "select " + ScopeSql.ONBOARDING_COLUMNS + ", count(*) over () as total_rows"
                + "\nfrom scope s where s.start_date >= :since"
                + "\norder by s.start_date desc, s.account_name, s.cta_id";
        return queries.page(select, sql.parameters(), pageable, Rows::onboarding);
    }

    /** Open tasks past their due date on the open onboardings of the scope, the oldest first. */
    Page<TaskItem> overdueTasks(OnboardingFilter filter, LocalDate today, Pageable pageable) {
        ScopeSql sql = new ScopeSql(filter, today);
        String select = sql.ctes() + """
                select t.id as task_id, t.title, t.due_date, s.cta_id, 'ONBOARDING' as cta_type, s.account_id,
                       s.account_name, s.owner_id, s.owner_name, count(*) over () as total_rows
                from scope s
                join cta_task t on t.cta_id = s.cta_id
                where s.closed_date is null and t.status = 'OPEN' and t.due_date < cast(:today as date)
                order by t.due_date, s.account_name, t.position, t.id
                """;
        return queries.page(select, sql.parameters(), pageable, Rows::task);
    }

    /** Start-month cohorts, oldest first, at most {@link #MAX_COHORTS} (the latest months of the scope). */
    List<Cohort> cohorts(OnboardingFilter filter, LocalDate today) {
        ScopeSql sql = new ScopeSql(filter, today).with("maxCohorts", MAX_COHORTS);
        // One pass per metric over the scope's rows of the latest months, never a row per onboarding
        // and metric: the scope is materialized once (it is read three times) and each metric reads
        // its own columns (only those are carried, the rows stay narrow).
        StringBuilder measures = new StringBuilder();
        for (Metric metric : Metric.values()) {
            measures.append(", s.").append(metric.stateColumn()).append(", s.").append(metric.daysColumn());
        }
        StringBuilder select = new StringBuilder(sql.ctes())
                .append(", dated as (\n select cast(date_trunc('month', cast(s.start_date as timestamp)) as date)")
                .append(" as month")
                .append(measures)
                .append("\n from scope s\n")
                .append("""
                ), months as (
                    select distinct month from dated order by month desc limit :maxCohorts
                ), cohort as materialized (
                    select d.* from dated d join months mo on mo.month = d.month
                )
                """);
        String union = "";
        for (Metric metric : Metric.values()) {
            String state = metric.stateColumn();
            String days = metric.daysColumn();
            select.append(union)
                    .append("select month, '")
                    .append(metric.name())
                    .append("' as metric, count(*) as onboardings,")
                    .append(" count(*) filter (where ")
                    .append(state)
                    .append(" = 'MET') as met,")
                    .append(" count(*) filter (where ")
                    .append(state)
                    .append(" = 'MISSED') as missed,")
                    .append(" count(*) filter (where ")
                    .append(state)
                    .append(" = 'ON_TRACK') as on_track,")
                    .append(" count(*) filter (where ")
                    .append(state)
                    .append(" = 'OVERDUE') as overdue,")
                    .append(" percentile_cont(0.5) within group (order by ")
                    .append(days)
                    .append(") filter (where ")
                    .append(days)
                    .append(" is not null) as median_days\nfrom cohort group by month\n");
            union = "union all\n";
        }
        select.append("order by month, metric");
        Map<YearMonth, Long> sizes = new LinkedHashMap<>();
        Map<YearMonth, Map<Metric, CohortMetric>> metrics = new LinkedHashMap<>();
        for (Tuple row : queries.list(select.toString(), sql.parameters())) {
            YearMonth month = YearMonth.from(Rows.date(row, "month"));
            Metric metric = Metric.valueOf(Rows.string(row, "metric"));
            sizes.put(month, Rows.number(row, "onboardings"));
            metrics.computeIfAbsent(month, m -> new EnumMap<>(Metric.class))
                    .put(
                            metric,
                            new CohortMetric(
                                    Rows.number(row, "met"),
                                    Rows.number(row, "missed"),
                                    Rows.number(row, "on_track"),
                                    Rows.number(row, "overdue"),
                                    Rows.nullableDouble(row, "median_days")));
        }
        List<Cohort> cohorts = new ArrayList<>();
        sizes.forEach((month, size) -> cohorts.add(new Cohort(month, size, metrics.get(month))));
        return cohorts;
    }

    DaysDistribution distribution(OnboardingFilter filter, LocalDate today) {
        ScopeSql sql = new ScopeSql(filter, today);
        // One pass per metric, each over its own days.
        StringBuilder select = new StringBuilder(sql.inlinedCtes());
        String union = "";
        for (Metric metric : Metric.values()) {
            String days = "s." + metric.daysColumn();
            select.append(union)
                    .append("select '")
                    .append(metric.name())
                    .append("' as metric, ")
                    .append(bucketOf(days))
                    .append(" as bucket, count(*) as onboardings\nfrom scope s where ")
                    .append(days)
                    .append(" is not null group by 2\n");
            union = "union all\n";
        }
        Map<Metric, Map<DaysBucket, Long>> counts = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            counts.put(metric, new EnumMap<>(DaysBucket.class));
        }
        for (Tuple row : queries.list(select.toString(), sql.parameters())) {
            counts.get(Metric.valueOf(Rows.string(row, "metric")))
                    .put(DaysBucket.valueOf(Rows.string(row, "bucket")), Rows.number(row, "onboardings"));
        }
        return new DaysDistribution(counts);
    }

    /** The {@link DaysBucket} a number of days falls in, as SQL. */
    private static String bucketOf(String days) {
        StringBuilder bucket = new StringBuilder("case");
        for (DaysBucket b : DaysBucket.values()) {
            if (b.to() != null) {
                bucket.append(" when ")
                        .append(days)
                        .append(" <= ")
                        .append(b.to())
                        .append(" then '")
                        .append(b.name())
                        .append('\'');
            } else {
                bucket.append(" else '").append(b.name()).append('\'');
            }
        }
        return bucket.append(" end").toString();
    }
}
