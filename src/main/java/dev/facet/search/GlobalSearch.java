package dev.facet.search;

import dev.facet.account.Gemstone;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.search.SearchHits.AccountHit;
import dev.facet.search.SearchHits.ContactHit;
import dev.facet.search.SearchHits.CtaHit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three groups, one statement each. The text matches anywhere in a name (case-insensitive, as
 * typed: {@code %} and {@code _} are literal); exact and leading matches come first, then by name.
 * The {@code like} conditions go through the trigram indexes of V25 before anything is sorted, so a
 * common word never walks a whole name index.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    /** Shorter text would match nearly everything and no trigram index could help. */
    public static final int MIN_LENGTH = 2;

    public static final int MAX_LENGTH = 200;

    private final EntityManager entityManager;

    GlobalSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether {@code text} is worth a search: blank or one letter is not. */
    public static boolean searchable(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= MIN_LENGTH && trimmed.length() <= MAX_LENGTH;
    }

    public SearchHits<AccountHit> accounts(String text, int offset, int limit) {
        Terms terms = Terms.of(text);
        Query query = entityManager
                .createNativeQuery("""
                        select a.id, a.name, a.crm_id, a.gemstone
                        from account a
                        where lower(a.name) like :anywhere escape '\\' or lower(a.crm_id) like :anywhere escape '\\'
                        order by (lower(a.name) = :exact or lower(a.crm_id) = :exact) desc,
                                 (lower(a.name) like :leading escape '\\') desc, a.name, a.id
                        offset :offset limit :limit""", Tuple.class)
                .setParameter("exact", terms.exact())
                .setParameter("leading", terms.leading());
        return page(
                query,
                terms,
                offset,
                limit,
                t -> new AccountHit(
                        uuid(t.get("id")),
                        t.get("name", String.class),
                        t.get("crm_id", String.class),
                        t.get("gemstone") == null ? null : Gemstone.valueOf(t.get("gemstone", String.class))));
    }

    public SearchHits<ContactHit> contacts(String text, int offset, int limit) {
        Terms terms = Terms.of(text);
        Query query = entityManager.createNativeQuery("""
                        select c.account_id, a.name as account_name, c.name, c.email
                        from contact c
                        join account a on a.id = c.account_id
                        where lower(c.name) like :anywhere escape '\\' or lower(c.email) like :anywhere escape '\\'
                        order by (lower(c.name) like :leading escape '\\' or lower(c.email) like :leading escape '\\') desc,
                                 c.name, c.id
                        offset :offset limit :limit""", Tuple.class).setParameter("leading", terms.leading());
        return page(
                query,
                terms,
                offset,
                limit,
                t -> new ContactHit(
                        uuid(t.get("account_id")),
                        t.get("account_name", String.class),
                        t.get("name", String.class),
                        t.get("email", String.class)));
    }

    /** CTAs of the accounts whose name matches: open ones first, soonest due first. */
    public SearchHits<CtaHit> ctas(String text, int offset, int limit) {
        Terms terms = Terms.of(text);
        Query query = entityManager.createNativeQuery("""
                        select c.id, c.account_id, a.name as account_name, c.type, c.status, c.due_date,
                               u.display_name as owner_name
                        from cta c
                        join account a on a.id = c.account_id
                        join app_user u on u.id = c.owner_id
                        where lower(a.name) like :anywhere escape '\\'
                        order by (c.closed_date is null) desc, c.due_date, c.id
                        offset :offset limit :limit""", Tuple.class);
        return page(
                query,
                terms,
                offset,
                limit,
                t -> new CtaHit(
                        uuid(t.get("id")),
                        uuid(t.get("account_id")),
                        t.get("account_name", String.class),
                        CtaType.valueOf(t.get("type", String.class)),
                        CtaStatus.valueOf(t.get("status", String.class)),
                        date(t.get("due_date")),
                        t.get("owner_name", String.class)));
    }

    /** One extra row tells whether there are more. */
    @SuppressWarnings("unchecked")
    private static <T> SearchHits<T> page(Query query, Terms terms, int offset, int limit, Function<Tuple, T> hit) {
        List<Tuple> rows = query.setParameter("anywhere", terms.anywhere())
                .setParameter("offset", offset)
                .setParameter("limit", limit + 1)
                .getResultList();
        return SearchHits.of(rows.stream().map(hit).toList(), limit);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** The typed text as {@code like} patterns, its wildcards escaped. */
    private record Terms(String exact, String leading, String anywhere) {

        static Terms of(String text) {
            String exact = text.strip().toLowerCase(Locale.ROOT);
            String escaped = exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return new Terms(exact, escaped + "%", "%" + escaped + "%");
        }
    }
}
