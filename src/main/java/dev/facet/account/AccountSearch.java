package dev.facet.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The account list as two queries (a page of rows and a count), whatever the filters. Sort columns
 * come from {@link AccountSort}, never from user text; the id breaks ties so pages are stable.
 */
@Component
class AccountSearch {

    private final EntityManager entityManager;

    AccountSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A name search at least this long can use the trigram index (pg_trgm indexes three-letter pieces). */
    private static final int TRIGRAM_LENGTH = 3;

    Page<AccountSummary> search(AccountFilter filter, AccountSort sort, Sort.Direction direction, Pageable pageable) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String order = sort.expression();
        if (filter.name() != null && !filter.name().isBlank()) {
            conditions.add("lower(a.name) like :name escape '\\'");
            parameters.put("name", "%" + escapeLike(filter.name().trim().toLowerCase(Locale.ROOT)) + "%");
            if (filter.name().trim().length() >= TRIGRAM_LENGTH) {
                // Sorted by an expression no index holds: the planner then finds the matches through
                // the trigram index and sorts them, instead of walking the sorted index and filtering
                // it, which reads every account when the matches sort late or there are none
                // (a common surname at 100,000 accounts: 94 ms against 12 ms).
                order = "coalesce(" + order + ", " + order + ")";
            }
        }
        addEquals(conditions, parameters, "segment", filter.segment());
        addEquals(conditions, parameters, "region", filter.region());
        addEquals(conditions, parameters, "gemstone", filter.gemstone());
        addEquals(conditions, parameters, "tamId", filter.tamId());
        addEquals(conditions, parameters, "lifecycleStage", filter.lifecycleStage());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<AccountSummary> rows = entityManager.createQuery(
                "select new dev.facet.account.AccountSummary(a.id, a.crmId, a.name, a.segment, a.region,"
                        + " a.productTier, a.seats, a.arr, a.totalAccountValue, a.gemstone, a.tamId,"
                        + " a.lifecycleStage, a.sentiment) from Account a"
                        + where
                        + " order by " + order + " " + direction.name() + ", a.id",
                AccountSummary.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(a) from Account a" + where, Long.class);
        parameters.forEach((key, value) -> {
            rows.setParameter(key, value);
            count.setParameter(key, value);
        });
        rows.setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE));
        rows.setMaxResults(pageable.getPageSize());
        return new PageImpl<>(rows.getResultList(), pageable, count.getSingleResult());
    }

    private static void addEquals(
            List<String> conditions,
            Map<String, Object> parameters,
            String field,
            @org.jspecify.annotations.Nullable Object value) {
        if (value != null) {
            conditions.add("a." + field + " = :" + field);
            parameters.put(field, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
