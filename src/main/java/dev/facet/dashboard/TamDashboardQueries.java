package dev.facet.dashboard;

import dev.facet.cta.CtaSummary;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The TAM dashboard's SQL, one statement per list. Tasks of a snoozed CTA stay out of the overdue
 * and this-week lists until it wakes: the snoozed list shows those CTAs instead.
 */
@Component
class TamDashboardQueries {

    private static final String MY_ONBOARDINGS = """
            select s.cta_id, s.account_id, s.account_name, s.gemstone, s.sentiment, s.start_date, s.due_date,
                   case when s.snoozed_until > cast(:today as date) then s.snoozed_until end as snoozed_until,
                   s.engage_state, s.first_value_state, s.onboard_state,
                   nt.id as next_task_id, nt.title as next_task_title, nt.due_date as next_task_due
                   %s
            from scope s
            left join lateral (
                select t.id, t.title, t.due_date from cta_task t
                where t.cta_id = s.cta_id and t.status = 'OPEN'
                order by t.due_date, t.position
                limit 1
            ) nt on true
            where s.closed_date is null
            order by s.start_date, s.account_name, s.cta_id
            """;

    private static final String MY_TASKS = """
            select t.id as task_id, t.title, t.due_date, c.id as cta_id, c.type as cta_type, a.id as account_id,
                   a.name as account_name, c.owner_id, u.display_name as owner_name
                   %s
            from cta c
            join cta_task t on t.cta_id = c.id
            join account a on a.id = c.account_id
            join app_user u on u.id = c.owner_id
            where t.id in (
                    -- the open tasks of their open CTAs that nobody else was given, and those given to them:
                    -- two index lookups, where one "or" across both tables would read every open task
                    select mine.id from cta own join cta_task mine on mine.cta_id = own.id
                    where own.owner_id = :ownerId and own.closed_date is null
                      and mine.owner_id is null and mine.status = 'OPEN'
                    union all
                    select given.id from cta_task given where given.owner_id = :ownerId and given.status = 'OPEN')
              and c.closed_date is null
              and (c.snoozed_until is null or c.snoozed_until <= cast(:today as date))
              and t.status = 'OPEN' and %s
            order by t.due_date, a.name, t.position, t.id
            """;

    private static final String MY_SNOOZED = """
            select c.id as cta_id, c.type as cta_type, a.id as account_id, a.name as account_name,
                   c.snoozed_until, c.snooze_reason, c.due_date
                   %s
            from cta c
            join account a on a.id = c.account_id
            where c.owner_id = :ownerId and c.closed_date is null and c.snoozed_until > cast(:today as date)
            order by c.snoozed_until, a.name, c.id
            """;

    private static final String TOTAL = ", count(*) over () as total_rows";

    private final NativeQueries queries;

    TamDashboardQueries(NativeQueries queries) {
        this.queries = queries;
    }

    Page<MyOnboarding> onboardings(UUID ownerId, LocalDate today, Pageable pageable) {
        ScopeSql sql = new ScopeSql(OnboardingFilter.ofTam(ownerId), today);
        return queries.page(
                sql.ctes() + MY_ONBOARDINGS.formatted(TOTAL),
                sql.parameters(),
                pageable,
                row -> onboarding(row, today));
    }

    Stream<MyOnboarding> streamOnboardings(UUID ownerId, LocalDate today) {
        ScopeSql sql = new ScopeSql(OnboardingFilter.ofTam(ownerId), today);
        return queries.stream(sql.ctes() + MY_ONBOARDINGS.formatted(""), sql.parameters())
                .map(row -> onboarding(row, today));
    }

    /** Open tasks of the owner's awake, open CTAs that fall in the window. */
    Page<TaskItem> tasks(UUID ownerId, TaskWindow window, LocalDate today, Pageable pageable) {
        return queries.page(
                MY_TASKS.formatted(TOTAL, window.predicate),
                taskParameters(ownerId, window, today),
                pageable,
                Rows::task);
    }

    Stream<TaskItem> streamTasks(UUID ownerId, TaskWindow window, LocalDate today) {
        return queries.stream(MY_TASKS.formatted("", window.predicate), taskParameters(ownerId, window, today))
                .map(Rows::task);
    }

    Page<SnoozedItem> snoozed(UUID ownerId, LocalDate today, Pageable pageable) {
        return queries.page(
                MY_SNOOZED.formatted(TOTAL),
                Map.of("ownerId", ownerId, "today", today),
                pageable,
                TamDashboardQueries::snoozedItem);
    }

    Stream<SnoozedItem> streamSnoozed(UUID ownerId, LocalDate today) {
        return queries.stream(MY_SNOOZED.formatted(""), Map.of("ownerId", ownerId, "today", today))
                .map(TamDashboardQueries::snoozedItem);
    }

    private static Map<String, Object> taskParameters(UUID ownerId, TaskWindow window, LocalDate today) {
        return window == TaskWindow.THIS_WEEK
                ? Map.of("ownerId", ownerId, "today", today, "weekEnd", today.plusDays(CtaSummary.DUE_SOON_DAYS))
                : Map.of("ownerId", ownerId, "today", today);
    }

    private static MyOnboarding onboarding(Tuple t, LocalDate today) {
        LocalDate start = Rows.date(t, "start_date");
        LocalDate due = Rows.date(t, "due_date");
        return new MyOnboarding(
                Rows.uuid(t, "cta_id"),
                Rows.uuid(t, "account_id"),
                Rows.string(t, "account_name"),
                Rows.gemstone(t),
                Rows.sentiment(t),
                start,
                due,
                // As the cockpit counts it (CtaSummary): the start date is day 0, as the metrics count, and the
                // span runs to the due date.
                Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(start, today)),
                java.time.temporal.ChronoUnit.DAYS.between(start, due),
                Rows.nullableUuid(t, "next_task_id"),
                Rows.nullableString(t, "next_task_title"),
                Rows.nullableDate(t, "next_task_due"),
                Rows.state(t, "engage_state"),
                Rows.state(t, "first_value_state"),
                Rows.state(t, "onboard_state"),
                Rows.nullableDate(t, "snoozed_until"));
    }

    private static SnoozedItem snoozedItem(Tuple t) {
        return new SnoozedItem(
                Rows.uuid(t, "cta_id"),
                dev.facet.cta.CtaType.valueOf(Rows.string(t, "cta_type")),
                Rows.uuid(t, "account_id"),
                Rows.string(t, "account_name"),
                Rows.date(t, "snoozed_until"),
                Rows.nullableString(t, "snooze_reason"),
                Rows.date(t, "due_date"));
    }
}
