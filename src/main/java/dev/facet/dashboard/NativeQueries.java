package dev.facet.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Runs the dashboards' native SQL through JPA (so Hibernate's statistics count every statement).
 * Pages carry their total in a {@code count(*) over ()} column named {@code total_rows}: one
 * statement per page, not two.
 */
@Component
class NativeQueries {

    /** Rows per fetch while an export streams. */
    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;

    NativeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Tuple> list(String sql, Map<String, Object> parameters) {
        return query(sql, parameters).getResultList();
    }

    Tuple single(String sql, Map<String, Object> parameters) {
        return query(sql, parameters).getSingleResult();
    }

    /**
     * A page of {@code sql}, which must select {@code count(*) over () as total_rows} and end with
     * its order by. A page past the end has no row to carry the total; that rare case costs one
     * more statement.
     */
    <T> Page<T> page(String sql, Map<String, Object> parameters, Pageable pageable, Function<Tuple, T> mapper) {
        TypedQuery<Tuple> query = query(sql + "\nlimit :pageLimit offset :pageOffset", parameters);
        query.setParameter("pageLimit", pageable.getPageSize());
        query.setParameter("pageOffset", pageable.getOffset());
        List<Tuple> rows = query.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = Rows.number(rows.getFirst(), "total_rows");
        } else if (pageable.getOffset() == 0) {
            total = 0;
        } else {
            total = Rows.number(
                    single("select count(*) as total_rows from (" + sql + ") counted", parameters), "total_rows");
        }
        return new PageImpl<>(rows.stream().map(mapper).toList(), pageable, total);
    }

    /** Every row of {@code sql} through a database cursor; close the stream (the caller's transaction holds it). */
    Stream<Tuple> stream(String sql, Map<String, Object> parameters) {
        return query(sql, parameters)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .getResultStream();
    }

    private TypedQuery<Tuple> query(String sql, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        TypedQuery<Tuple> query = (TypedQuery<Tuple>) entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query;
    }
}
