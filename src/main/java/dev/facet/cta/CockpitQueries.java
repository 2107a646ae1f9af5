package dev.facet.cta;

import dev.facet.account.Gemstone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The cockpit as two statements (a page of CTA ids in order, and their count), whatever the filters.
 * Sorting by account, gemstone or owner needs their names, so this reads the account and user
 * tables as the dashboards do; the id breaks ties so pages are stable.
 */
@Component
class CockpitQueries {

    private final EntityManager entityManager;

    CockpitQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A row of the page: the CTA and its account's gemstone, which the cockpit shows and sorts by. */
    record Row(UUID ctaId, @Nullable Gemstone gemstone) {}

    Page<Row> rows(
            CockpitFilter filter,
            CockpitSort sort,
            Sort.Direction direction,
            LocalDate today,
            LocalDate weekEnd,
            Pageable pageable) {
        // Theirs, and the CTAs of others with an open task given to them: two index lookups whose ids
        // are united (an "owner or exists task" condition reads every CTA to test each).
        String open = filter.status() == null ? " and o.closed_date is null" : "";
        List<String> conditions = new ArrayList<>(
                List.of(
                        "c.id in (select o.id from cta o where o.owner_id in (:owners)" + open
                                + " union select t.cta_id from cta_task t where t.status = 'OPEN' and t.owner_id in (:owners))"));
        if (filter.type() != null) {
            conditions.add("c.type = :type");
        }
        conditions.add(filter.status() == null ? "c.closed_date is null" : "c.status = :status");
        if (!filter.withSnoozed()) {
            conditions.add("(c.snoozed_until is null or c.snoozed_until <= :today)");
        }
        if (filter.accountName() != null) {
            conditions.add("lower(a.name) like :name escape '\\'");
        }
        String from = " from cta c join account a on a.id = c.account_id join app_user u on u.id = c.owner_id where "
                + String.join(" and ", conditions);
        String dir = direction.isAscending() ? " asc" : " desc";
        String order = " order by " + sort.sql() + dir + ", c.due_date, c.id";
        Query page = entityManager.createNativeQuery(
                "select c.id, a.gemstone" + from + order + " offset :offset limit :limit", Tuple.class);
        Query count = entityManager.createNativeQuery("select count(*)" + from);
        for (Query query : List.of(page, count)) {
            query.setParameter("owners", filter.ownerIds());
            if (filter.type() != null) {
                query.setParameter("type", filter.type().name());
            }
            if (filter.status() != null) {
                query.setParameter("status", filter.status().name());
            }
            if (!filter.withSnoozed()) {
                query.setParameter("today", today);
            }
            if (filter.accountName() != null) {
                query.setParameter("name", "%" + escapeLike(filter.accountName().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (sort == CockpitSort.URGENCY) {
            page.setParameter("weekEnd", weekEnd);
        }
        page.setParameter("offset", pageable.getOffset()).setParameter("limit", pageable.getPageSize());
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = page.getResultList();
        List<Row> rows = tuples.stream()
                .map(t -> new Row(
                        uuid(t.get(0)),
                        t.get(1) == null ? null : Gemstone.valueOf(t.get(1).toString())))
                .toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageImpl<>(rows, pageable, total);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
