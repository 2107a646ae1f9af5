package dev.facet.search;

import dev.facet.account.Gemstone;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One group's hits: at most the page asked for, and whether there are more (the "see all" link).
 *
 * @param <T> an {@link AccountHit}, {@link ContactHit} or {@link CtaHit}
 */
public record SearchHits<T>(List<T> hits, boolean more) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** The first {@code limit} of {@code rows} fetched with one extra, which tells whether there are more. */
    static <T> SearchHits<T> of(List<T> rows, int limit) {
        return new SearchHits<>(rows.size() > limit ? rows.subList(0, limit) : rows, rows.size() > limit);
    }

    public record AccountHit(
            UUID id, String name, String crmId, @Nullable Gemstone gemstone) {}

    public record ContactHit(UUID accountId, String accountName, String name, String email) {}

    public record CtaHit(
            UUID id,
            UUID accountId,
            String accountName,
            CtaType type,
            CtaStatus status,
            LocalDate dueDate,
            String ownerName) {

        public boolean open() {
            return !status.isClosed();
        }
    }
}
