package dev.facet.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * A page of the assignment queue, the candidate TAMs ranked by load, and the suggested TAM of each
 * item (by CTA id), spread so that the page's suggestions together keep the loads even.
 */
public record QueuePage(Page<QueueItem> items, List<TamLoad> candidates, Map<UUID, UUID> suggestions) {

    public TamLoad candidate(UUID tamId) {
        return candidates.stream()
                .filter(c -> c.tamId().equals(tamId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * How many ranked TAMs each row offers: a row's select with every TAM of a large team made the
     * page a megabyte; the queue's one "assign the ticked items to" select offers everyone.
     */
    public static final int ROW_CHOICES = 10;

    /** How many ranked TAMs the load table shows. */
    public static final int RANKING_ROWS = 20;

    /** The TAMs a row offers: the first {@link #ROW_CHOICES} ranked, and its suggestion if it is not among them. */
    public List<TamLoad> choicesFor(UUID ctaId) {
        List<TamLoad> first = top(ROW_CHOICES);
        UUID suggested = suggestions.get(ctaId);
        if (suggested == null || first.stream().anyMatch(c -> c.tamId().equals(suggested))) {
            return first;
        }
        List<TamLoad> choices = new ArrayList<>(first);
        choices.add(candidate(suggested));
        return choices;
    }

    /** The load table's rows: the first {@link #RANKING_ROWS} ranked. */
    public List<TamLoad> ranking() {
        return top(RANKING_ROWS);
    }

    /** The TAMs ranked beyond the load table's rows. */
    public int unrankedCount() {
        return Math.max(0, candidates.size() - RANKING_ROWS);
    }

    /** The first few candidates, for showing the ranking beside each item. */
    public List<TamLoad> top(int n) {
        return candidates.subList(0, Math.min(n, candidates.size()));
    }
}
