package dev.facet.team;

import dev.facet.security.UserReference;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The shadowing log's aggregate reads, each one SQL statement whatever the log holds: calls counted
 * per ISO week, the counts behind the summary, and who supports whom.
 */
@Repository
class ShadowingQueries {

    private final EntityManager em;

    ShadowingQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Calls per week, keyed by the week's Monday: PostgreSQL's {@code date_trunc('week', …)} starts
     * weeks on Monday, as ISO 8601 and {@link ShadowingWeekPolicy#weekOf} do. Call dates are calendar
     * dates on the new hire's calendar, so grouping them needs no time zone.
     */
    Map<LocalDate, Long> callsPerWeek(UUID newHireId, @Nullable LocalDate fromWeek, LocalDate through) {
        List<?> rows = em.createNativeQuery("""
                        select cast(date_trunc('week', c.call_date) as date) as week_start, count(*) as calls
                        from team_shadowed_call c
                        where c.new_hire_id = :newHire and c.call_date between :fromWeek and :through
                        group by 1
                        order by 1""")
                .setParameter("newHire", newHireId)
                // from the beginning: one row per week with a call, however long ago
                .setParameter("fromWeek", fromWeek == null ? LocalDate.of(1, 1, 1) : fromWeek)
                .setParameter("through", through)
                .getResultList();
        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            weeks.put(date(columns[0]), ((Number) columns[1]).longValue());
        }
        return weeks;
    }

    /** Meetings joined, role plays and those with feedback, all time, in one statement. */
    LogCounts counts(UUID newHireId) {
        Object[] row = (Object[])
                em.createNativeQuery("""
                        select (select count(*) from team_co_led_meeting m where m.new_hire_id = :newHire),
                               count(r.id),
                               count(r.feedback)
                        from (select 1) one
                        left join team_role_play r on r.new_hire_id = :newHire""").setParameter("newHire", newHireId).getSingleResult();
        return new LogCounts(
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    record LogCounts(long coLedMeetings, long rolePlays, long rolePlaysWithFeedback) {}

    /** As {@link #callsPerWeek(UUID, LocalDate, LocalDate)} for many new hires at once, in one statement. */
    Map<UUID, Map<LocalDate, Long>> callsPerWeekOf(Collection<UUID> newHireIds, LocalDate fromWeek, LocalDate through) {
        List<?> rows = em.createNativeQuery("""
                        select c.new_hire_id, cast(date_trunc('week', c.call_date) as date) as week_start,
                               count(*) as calls
                        from team_shadowed_call c
                        where c.new_hire_id in (:newHires) and c.call_date between :fromWeek and :through
                        group by 1, 2""")
                .setParameter("newHires", newHireIds)
                .setParameter("fromWeek", fromWeek)
                .setParameter("through", through)
                .getResultList();
        Map<UUID, Map<LocalDate, Long>> weeks = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            weeks.computeIfAbsent((UUID) columns[0], id -> new HashMap<>())
                    .put(date(columns[1]), ((Number) columns[2]).longValue());
        }
        return weeks;
    }

    /** As {@link #counts(UUID)} for many new hires at once, in one statement. */
    Map<UUID, LogCounts> countsOf(Collection<UUID> newHireIds) {
        List<?> rows =
                em.createNativeQuery("""
                        select u.id,
                               (select count(*) from team_co_led_meeting m where m.new_hire_id = u.id),
                               (select count(*) from team_role_play r where r.new_hire_id = u.id),
                               (select count(r.feedback) from team_role_play r where r.new_hire_id = u.id)
                        from app_user u
                        where u.id in (:newHires)""").setParameter("newHires", newHireIds).getResultList();
        Map<UUID, LogCounts> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.put(
                    (UUID) c[0],
                    new LogCounts(
                            ((Number) c[1]).longValue(), ((Number) c[2]).longValue(), ((Number) c[3]).longValue()));
        }
        return counts;
    }

    /** Whether the log says {@code viewer} supports {@code newHire} (see {@link ShadowingRelation#buddy()}). */
    boolean supports(UUID viewerId, UUID newHireId) {
        Object result = em.createNativeQuery("""
                        select exists (select 1 from team_shadowed_call c
                                       where c.shadowed_user_id = :viewer and c.new_hire_id = :newHire)
                            or exists (select 1 from team_co_led_meeting m
                                       where m.joined_by_id = :viewer and m.new_hire_id = :newHire)
                            or exists (select 1 from team_role_play r
                                       where r.giver_id = :viewer and r.new_hire_id = :newHire)""")
                .setParameter("viewer", viewerId)
                .setParameter("newHire", newHireId)
                .getSingleResult();
        return Boolean.TRUE.equals(result);
    }

    /**
     * The new hires whose logs {@code viewer} follows, by name: their active reports and those whose log
     * says the viewer supports them; for an admin, everyone with anything logged. Reads the user table
     * for names and managers, as the manager view does.
     */
    List<UserReference> newHiresFollowedBy(UUID viewerId, boolean admin, int limit) {
        List<?> rows = em.createNativeQuery("""
                        select u.id, u.username, u.display_name
                        from app_user u
                        where u.active and u.id <> :viewer
                          and ((:admin and (exists (select 1 from team_shadowed_call c where c.new_hire_id = u.id)
                                            or exists (select 1 from team_co_led_meeting m where m.new_hire_id = u.id)
                                            or exists (select 1 from team_role_play r where r.new_hire_id = u.id)))
                               or u.manager_id = :viewer
                               or exists (select 1 from team_shadowed_call c
                                          where c.new_hire_id = u.id and c.shadowed_user_id = :viewer)
                               or exists (select 1 from team_co_led_meeting m
                                          where m.new_hire_id = u.id and m.joined_by_id = :viewer)
                               or exists (select 1 from team_role_play r
                                          where r.new_hire_id = u.id and r.giver_id = :viewer))
                        order by lower(u.display_name), u.id
                        limit :limit""")
                .setParameter("viewer", viewerId)
                .setParameter("admin", admin)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new UserReference((UUID) columns[0], (String) columns[1], (String) columns[2]);
                })
                .toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
