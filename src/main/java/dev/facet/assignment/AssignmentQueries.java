package dev.facet.assignment;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The manager view's reads: each one aggregate SQL statement over the account, CTA and user tables,
 * run through JPA so a page costs the same few statements whatever the data size. The load weights
 * join in, so ranking needs no extra read.
 */
@Repository
class AssignmentQueries {

    /** A gemstone's weight from the one weights row {@code w}; {@code a} is the account. */
    private static final String GEMSTONE_WEIGHT = """
            case a.gemstone when 'DIAMOND' then w.diamond when 'PEARL' then w.pearl
                when 'SAPPHIRE' then w.sapphire when 'RUBY' then w.ruby when 'QUARTZ' then w.quartz
                else w.unclassified end""";

    private final EntityManager em;

    AssignmentQueries(EntityManager em) {
        this.em = em;
    }

    /** Open ASSIGN_TAM items, the manager's own or everyone's, soonest due first. */
    List<QueueItem> queue(UUID managerId, boolean everyone, LocalDate today, int offset, int limit) {
        Query query = em.createNativeQuery("""
                        select c.id, a.id as account_id, a.name, a.segment, a.region, a.gemstone, a.arr,
                               c.start_date, c.due_date, o.display_name, %s as book_weight
                        from cta c
                        join account a on a.id = c.account_id
                        join app_user o on o.id = c.owner_id
                        cross join assignment_load_weights w
                        where c.type = 'ASSIGN_TAM' and c.closed_date is null
                          and (:everyone or c.owner_id = cast(:owner as uuid))
                        order by c.due_date, c.start_date, a.name, c.id""".formatted(GEMSTONE_WEIGHT))
                .setParameter("owner", managerId.toString())
                .setParameter("everyone", everyone)
                .setFirstResult(offset)
                .setMaxResults(limit);
        return rows(query).stream().map(r -> queueItem(r, today)).toList();
    }

    /**
     * The manager's open ASSIGN_TAM items whose due date passed before {@code today}, on accounts
     * still without a TAM, leaving out snoozed ones until they wake; oldest due first, at most
     * {@code limit}, with the number of them all. One statement.
     */
    Counted<QueueItem> overdueQueue(UUID managerId, LocalDate today, int limit) {
        Query query = em.createNativeQuery("""
                        select c.id, a.id as account_id, a.name, a.segment, a.region, a.gemstone, a.arr,
                               c.start_date, c.due_date, o.display_name, %s as book_weight, count(*) over ()
                        from cta c
                        join account a on a.id = c.account_id
                        join app_user o on o.id = c.owner_id
                        cross join assignment_load_weights w
                        where c.type = 'ASSIGN_TAM' and c.closed_date is null and a.tam_id is null
                          and c.owner_id = cast(:owner as uuid)
                          and c.due_date < cast(:today as date)
                          and (c.snoozed_until is null or c.snoozed_until <= cast(:today as date))
                        order by c.due_date, c.start_date, a.name, c.id""".formatted(GEMSTONE_WEIGHT))
                .setParameter("owner", managerId.toString())
                .setParameter("today", today)
                .setMaxResults(limit);
        List<Object[]> rows = rows(query);
        return new Counted<>(
                rows.stream().map(r -> queueItem(r, today)).toList(), rows.isEmpty() ? 0 : number(rows.getFirst()[11]));
    }

    /** Some rows of a list and how many it holds in all. */
    record Counted<T>(List<T> rows, long total) {}

    private static QueueItem queueItem(Object[] r, LocalDate today) {
        LocalDate due = date(r[8]);
        return new QueueItem(
                uuid(r[0]),
                uuid(r[1]),
                (String) r[2],
                Segment.valueOf((String) r[3]),
                Region.valueOf((String) r[4]),
                gemstone(r[5]),
                (BigDecimal) r[6],
                date(r[7]),
                due,
                (String) r[9],
                number(r[10]),
                due.isBefore(today));
    }

    long queueSize(UUID managerId, boolean everyone) {
        Object count = em.createNativeQuery("""
                        select count(*) from cta c
                        where c.type = 'ASSIGN_TAM' and c.closed_date is null
                          and (:everyone or c.owner_id = cast(:owner as uuid))""")
                .setParameter("owner", managerId.toString())
                .setParameter("everyone", everyone)
                .getSingleResult();
        return number(count);
    }

    /** Every active TAM with their load's parts; {@code teamMember} when they report to the manager. */
    List<TamLoad> loads(UUID managerId) {
        Query query =
                em.createNativeQuery("""
                        select u.id, u.display_name, coalesce(u.manager_id = cast(:manager as uuid), false),
                               coalesce(o.open_onboardings, 0), w.open_onboarding,
                               coalesce(b.accounts, 0), coalesce(b.book_weight, 0)
                        from app_user u
                        cross join assignment_load_weights w
                        left join (select c.owner_id, count(*) as open_onboardings from cta c
                                   where c.type = 'ONBOARDING' and c.closed_date is null
                                   group by c.owner_id) o on o.owner_id = u.id
                        left join (select a.tam_id, count(*) as accounts, sum(%s) as book_weight
                                   from account a cross join assignment_load_weights w
                                   where a.tam_id is not null
                                   group by a.tam_id) b on b.tam_id = u.id
                        where u.active and u.roles like '%%TAM%%'""".formatted(GEMSTONE_WEIGHT)).setParameter("manager", managerId.toString());
        return rows(query).stream()
                .map(r -> new TamLoad(
                        uuid(r[0]),
                        (String) r[1],
                        (Boolean) r[2],
                        number(r[3]),
                        (int) number(r[4]),
                        number(r[5]),
                        number(r[6])))
                .toList();
    }

    /**
     * Per TAM of the manager's team (or every active TAM): book size, open onboardings, overdue open
     * tasks of their open CTAs, and how many onboardings met each time-to-value goal out of those
     * decided (DOMAIN 7 states computed from the onboarding_time_to_value view and metric_goal).
     */
    List<TeamRow> team(UUID managerId, boolean everyone, LocalDate today) {
        Query query = em.createNativeQuery("""
                        with members as (
                            select u.id, u.display_name, coalesce(u.manager_id = cast(:manager as uuid), false) as mine
                            from app_user u
                            where u.active and u.roles like '%TAM%'
                              and (:everyone or u.manager_id = cast(:manager as uuid))
                        ),
                        book as (
                            select a.tam_id, count(*) as n from account a join members m on m.id = a.tam_id
                            group by a.tam_id
                        ),
                        onboardings as (
                            select c.owner_id, count(*) as n from cta c join members m on m.id = c.owner_id
                            where c.type = 'ONBOARDING' and c.closed_date is null
                            group by c.owner_id
                        ),
                        overdue as (
                            select c.owner_id, count(*) as n
                            from cta_task t join cta c on c.id = t.cta_id join members m on m.id = c.owner_id
                            where c.closed_date is null and t.status = 'OPEN' and t.due_date < cast(:today as date)
                            group by c.owner_id
                        ),
                        goals as (
                            select max(goal_days) filter (where metric = 'TIME_TO_ENGAGE') as engage,
                                   max(goal_days) filter (where metric = 'TIME_TO_FIRST_VALUE') as first_value,
                                   max(goal_days) filter (where metric = 'TIME_TO_ONBOARD') as onboard
                            from metric_goal
                        ),
                        -- Reached when the metric's date is there (the view's day count is null until then).
                        states as (
                            select v.owner_id,
                                   case when v.first_engagement_date is not null
                                            then case when v.engage_days <= g.engage then 'MET' else 'MISSED' end
                                        when cast(:today as date) - v.start_date > g.engage then 'OVERDUE'
                                        else 'ON_TRACK' end as engage,
                                   case when v.first_value_date is not null
                                            then case when v.first_value_days <= g.first_value then 'MET' else 'MISSED' end
                                        when cast(:today as date) - v.original_contract_date > g.first_value then 'OVERDUE'
                                        else 'ON_TRACK' end as first_value,
                                   case when v.closed_date is not null
                                            then case when v.onboard_days <= g.onboard then 'MET' else 'MISSED' end
                                        when cast(:today as date) - v.start_date > g.onboard then 'OVERDUE'
                                        else 'ON_TRACK' end as onboard
                            from onboarding_time_to_value v
                            join members m on m.id = v.owner_id
                            cross join goals g
                        ),
                        shares as (
                            select owner_id,
                                   count(*) filter (where engage = 'MET') as engage_met,
                                   count(*) filter (where engage <> 'ON_TRACK') as engage_decided,
                                   count(*) filter (where first_value = 'MET') as first_value_met,
                                   count(*) filter (where first_value <> 'ON_TRACK') as first_value_decided,
                                   count(*) filter (where onboard = 'MET') as onboard_met,
                                   count(*) filter (where onboard <> 'ON_TRACK') as onboard_decided
                            from states group by owner_id
                        )
                        select m.id, m.display_name, m.mine,
                               coalesce(book.n, 0), coalesce(onboardings.n, 0), coalesce(overdue.n, 0),
                               coalesce(s.engage_met, 0), coalesce(s.engage_decided, 0),
                               coalesce(s.first_value_met, 0), coalesce(s.first_value_decided, 0),
                               coalesce(s.onboard_met, 0), coalesce(s.onboard_decided, 0)
                        from members m
                        left join book on book.tam_id = m.id
                        left join onboardings on onboardings.owner_id = m.id
                        left join overdue on overdue.owner_id = m.id
                        left join shares s on s.owner_id = m.id
                        order by m.mine desc, lower(m.display_name), m.id""")
                .setParameter("manager", managerId.toString())
                .setParameter("everyone", everyone)
                .setParameter("today", today);
        return rows(query).stream()
                .map(r -> new TeamRow(
                        uuid(r[0]),
                        (String) r[1],
                        (Boolean) r[2],
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        new TeamRow.GoalShare(number(r[6]), number(r[7])),
                        new TeamRow.GoalShare(number(r[8]), number(r[9])),
                        new TeamRow.GoalShare(number(r[10]), number(r[11]))))
                .toList();
    }

    /** Everyone who holds accounts as their TAM, by name, with the size of their book. */
    List<BookHolder> bookHolders() {
        Query query = em.createNativeQuery("""
                        select u.id, u.display_name, u.active, count(*)
                        from account a join app_user u on u.id = a.tam_id
                        group by u.id, u.display_name, u.active
                        order by lower(u.display_name), u.id""");
        return rows(query).stream()
                .map(r -> new BookHolder(uuid(r[0]), (String) r[1], (Boolean) r[2], number(r[3])))
                .toList();
    }

    /** The accounts a TAM is TAM of, by name, with their open CTAs and what they weigh. */
    List<BookAccount> book(UUID tamId) {
        Query query = em.createNativeQuery("""
                        select a.id, a.name, a.segment, a.gemstone, a.arr,
                               (select count(*) from cta c where c.account_id = a.id and c.closed_date is null),
                               exists (select 1 from cta c where c.account_id = a.id and c.closed_date is null
                                       and c.type = 'ONBOARDING'),
                               %s
                        from account a cross join assignment_load_weights w
                        where a.tam_id = cast(:tam as uuid)
                        order by lower(a.name), a.id""".formatted(GEMSTONE_WEIGHT)).setParameter("tam", tamId.toString());
        return rows(query).stream()
                .map(r -> new BookAccount(
                        uuid(r[0]),
                        (String) r[1],
                        Segment.valueOf((String) r[2]),
                        gemstone(r[3]),
                        (BigDecimal) r[4],
                        number(r[5]),
                        (Boolean) r[6],
                        number(r[7])))
                .toList();
    }

    /** Open tasks past due on the TAM's open CTAs, oldest first. */
    List<OverdueTask> overdueTasks(UUID tamId, LocalDate today) {
        Query query =
                em.createNativeQuery("""
                        select c.id, a.id as account_id, a.name, c.type, t.title, t.due_date
                        from cta_task t join cta c on c.id = t.cta_id join account a on a.id = c.account_id
                        where c.owner_id = cast(:tam as uuid) and c.closed_date is null
                          and t.status = 'OPEN' and t.due_date < cast(:today as date)
                        order by t.due_date, lower(a.name), t.position""").setParameter("tam", tamId.toString()).setParameter("today", today);
        return rows(query).stream()
                .map(r -> new OverdueTask(
                        uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], (String) r[4], date(r[5])))
                .toList();
    }

    /** What an ASSIGN_TAM item is about, while it is still open: its account's id and name. */
    Optional<AssignTarget> openAssignTarget(UUID ctaId) {
        return rows(em.createNativeQuery("""
                                select a.id, a.name from cta c join account a on a.id = c.account_id
                                where c.id = cast(:cta as uuid) and c.type = 'ASSIGN_TAM' and c.closed_date is null""").setParameter("cta", ctaId.toString())).stream()
                .findFirst()
                .map(r -> new AssignTarget(uuid(r[0]), (String) r[1]));
    }

    /** Account names of CTAs, by CTA id: to name each item of a bulk action whatever happens to it. */
    Map<UUID, String> accountNamesOfCtas(Collection<UUID> ctaIds) {
        if (ctaIds.isEmpty()) {
            return Map.of();
        }
        return rows(em.createNativeQuery(
                                "select c.id, a.name from cta c join account a on a.id = c.account_id where c.id in (:ctas)")
                        .setParameter("ctas", ctaIds))
                .stream()
                .collect(Collectors.toMap(r -> uuid(r[0]), r -> (String) r[1]));
    }

    record AssignTarget(UUID accountId, String accountName) {}

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static @Nullable Gemstone gemstone(@Nullable Object value) {
        return value == null ? null : Gemstone.valueOf((String) value);
    }
}
