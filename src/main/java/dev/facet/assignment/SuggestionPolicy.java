package dev.facet.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which TAM should take an account (DOMAIN 9): TAMs still ramping up (team onboarding not graduated,
 * DOMAIN 10) last, then the manager's own reports before other TAMs, then the lightest load, then by
 * name. When several accounts are placed at once each choice counts the
 * accounts placed before it, so a batch spreads over the team instead of landing on one person.
 */
final class SuggestionPolicy {

    /** One account to place: its key in the caller's list and what it adds to its new TAM's load. */
    record Placement<K>(K key, boolean opensOnboarding, long bookWeight) {}

    static final Comparator<TamLoad> ORDER = Comparator.comparing((TamLoad t) -> t.ramping())
            .thenComparing(t -> !t.teamMember())
            .thenComparingLong(TamLoad::load)
            .thenComparing(TamLoad::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TamLoad::tamId);

    private SuggestionPolicy() {}

    static List<TamLoad> rank(List<TamLoad> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }

    /**
     * A TAM for each placement, in order, never one of {@code excluded}; a placement gets no entry
     * when no candidate is left.
     */
    static <K> Map<K, UUID> spread(List<Placement<K>> placements, List<TamLoad> candidates, Set<UUID> excluded) {
        List<TamLoad> projected = new ArrayList<>(
                candidates.stream().filter(t -> !excluded.contains(t.tamId())).toList());
        Map<K, UUID> chosen = new LinkedHashMap<>();
        for (Placement<K> placement : placements) {
            if (projected.isEmpty()) {
                break;
            }
            TamLoad best = projected.stream().min(ORDER).orElseThrow();
            chosen.put(placement.key(), best.tamId());
            projected.set(
                    projected.indexOf(best), best.plus(placement.opensOnboarding() ? 1 : 0, 1, placement.bookWeight()));
        }
        return chosen;
    }
}
