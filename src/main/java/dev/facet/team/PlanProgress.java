package dev.facet.team;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's progress: overall, per checklist, per section (each learning-path module and Sales Quick
 * Start), per graduation criterion (over the items linked to it) and per month. Maps hold an entry
 * for every audience, every section and every criterion of the plan's template version, counted or not.
 */
public record PlanProgress(
        ProgressCount overall,
        Map<PlanAudience, ProgressCount> byAudience,
        Map<UUID, ProgressCount> bySection,
        Map<UUID, ProgressCount> byCriterion,
        List<MonthProgress> byMonth) {

    public PlanProgress {
        byAudience = Map.copyOf(byAudience);
        bySection = Map.copyOf(bySection);
        byCriterion = Map.copyOf(byCriterion);
        byMonth = List.copyOf(byMonth);
    }

    public ProgressCount audience(PlanAudience audience) {
        return byAudience.getOrDefault(audience, ProgressCount.NONE);
    }

    public ProgressCount section(UUID sectionId) {
        return bySection.getOrDefault(sectionId, ProgressCount.NONE);
    }

    public ProgressCount criterion(UUID criterionId) {
        return byCriterion.getOrDefault(criterionId, ProgressCount.NONE);
    }
}
