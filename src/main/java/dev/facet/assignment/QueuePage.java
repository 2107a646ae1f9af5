package dev.facet.assignment;

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

    /** The first few candidates, for showing the ranking beside each item. */
    public List<TamLoad> top(int n) {
        return candidates.subList(0, Math.min(n, candidates.size()));
    }
}
