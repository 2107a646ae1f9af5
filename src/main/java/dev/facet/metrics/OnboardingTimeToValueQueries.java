package dev.facet.metrics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the onboarding_time_to_value view in one native statement through JPA (so Hibernate
 * statistics count it). An account is read with its latest onboarding by start date, or alone when
 * it never had one; Time to First Value needs only the account.
 */
@Component
class OnboardingTimeToValueQueries {

    private static final String LATEST_OF_ACCOUNT = """
            select a.id as account_id, a.original_contract_date, a.first_value_date,
                   v.cta_id, v.start_date, v.closed_date, v.first_engagement_date
            from account a
            left join lateral (
                select o.cta_id, o.start_date, o.closed_date, o.first_engagement_date
                from onboarding_time_to_value o
                where o.account_id = a.id
                order by o.start_date desc, o.cta_id desc
                limit 1
            ) v on true
            """;

    private final EntityManager entityManager;

    OnboardingTimeToValueQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<OnboardingDates> latestOfAccount(UUID accountId) {
        return single(entityManager
                .createNativeQuery(LATEST_OF_ACCOUNT + " where a.id = :key", Tuple.class)
                .setParameter("key", accountId));
    }

    Optional<OnboardingDates> latestOfAccount(String crmId) {
        return single(entityManager
                .createNativeQuery(LATEST_OF_ACCOUNT + " where a.crm_id = :key", Tuple.class)
                .setParameter("key", crmId));
    }

    /** The onboarding CTA itself; empty for a CTA of another type. */
    Optional<OnboardingDates> ofOnboarding(UUID ctaId) {
        return single(entityManager.createNativeQuery("""
                        select o.account_id, o.original_contract_date, o.first_value_date,
                               o.cta_id, o.start_date, o.closed_date, o.first_engagement_date
                        from onboarding_time_to_value o
                        where o.cta_id = :key
                        """, Tuple.class).setParameter("key", ctaId));
    }

    @SuppressWarnings("unchecked")
    private static Optional<OnboardingDates> single(Query query) {
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(OnboardingTimeToValueQueries::dates);
    }

    private static OnboardingDates dates(Tuple row) {
        return new OnboardingDates(
                uuid(row.get("account_id")),
                java.util.Objects.requireNonNull(date(row.get("original_contract_date"))),
                date(row.get("first_value_date")),
                row.get("cta_id") == null ? null : uuid(row.get("cta_id")),
                date(row.get("start_date")),
                date(row.get("closed_date")),
                date(row.get("first_engagement_date")));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** The JDBC driver may hand a date column over as java.sql.Date or as LocalDate. */
    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
