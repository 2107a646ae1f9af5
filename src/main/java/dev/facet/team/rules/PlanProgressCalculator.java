package dev.facet.team.rules;

import dev.facet.team.MonthProgress;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanItemStatus;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanProgress;
import dev.facet.team.ProgressCount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Counts a plan's items: an item counts as progress once it is closed, whether done or marked not
 * applicable (with its note); the month counts keep those two apart for the chart.
 */
public final class PlanProgressCalculator {

    /** What the calculator needs to know of one item. */
    public record ItemFacts(
            PlanAudience audience,
            PlanMonth month,
            @Nullable UUID sectionId,
            @Nullable UUID criterionId,
            PlanItemStatus status) {}

    private PlanProgressCalculator() {}

    public static PlanProgress progress(
            Collection<ItemFacts> items, Collection<UUID> sectionIds, Collection<UUID> criterionIds) {
        ProgressCount overall = ProgressCount.NONE;
        Map<PlanAudience, ProgressCount> byAudience = new EnumMap<>(PlanAudience.class);
        for (PlanAudience audience : PlanAudience.values()) {
            byAudience.put(audience, ProgressCount.NONE);
        }
        Map<UUID, ProgressCount> bySection = zeroes(sectionIds);
        Map<UUID, ProgressCount> byCriterion = zeroes(criterionIds);
        Map<PlanMonth, int[]> months = new EnumMap<>(PlanMonth.class);
        for (PlanMonth month : PlanMonth.values()) {
            months.put(month, new int[3]);
        }
        for (ItemFacts item : items) {
            boolean closed = item.status().closed();
            overall = overall.plus(closed);
            byAudience.merge(item.audience(), ProgressCount.NONE, (count, none) -> count.plus(closed));
            if (item.sectionId() != null) {
                bySection.merge(item.sectionId(), ProgressCount.NONE.plus(closed), (count, one) -> count.plus(closed));
            }
            if (item.criterionId() != null) {
                byCriterion.merge(
                        item.criterionId(), ProgressCount.NONE.plus(closed), (count, one) -> count.plus(closed));
            }
            months.get(item.month())[item.status().ordinal()]++;
        }
        List<MonthProgress> byMonth = new ArrayList<>();
        months.forEach((month, counts) -> byMonth.add(new MonthProgress(
                month,
                counts[PlanItemStatus.DONE.ordinal()],
                counts[PlanItemStatus.NOT_APPLICABLE.ordinal()],
                counts[PlanItemStatus.OPEN.ordinal()])));
        return new PlanProgress(overall, byAudience, bySection, byCriterion, byMonth);
    }

    private static Map<UUID, ProgressCount> zeroes(Collection<UUID> ids) {
        Map<UUID, ProgressCount> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, ProgressCount.NONE));
        return counts;
    }
}
