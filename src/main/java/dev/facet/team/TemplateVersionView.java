package dev.facet.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of the plan template: its sections, graduation criteria and items, each in
 * order. {@code version} is the number people see (1, 2, …); {@code createdBy} is empty for the seed.
 */
public record TemplateVersionView(
        UUID id,
        UUID templateId,
        String templateName,
        int version,
        Instant createdAt,
        @Nullable String createdBy,
        List<TemplateSectionView> sections,
        List<TemplateCriterionView> criteria,
        List<TemplateItemView> items) {

    public TemplateVersionView {
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
    }

    public List<TemplateItemView> itemsOf(PlanAudience audience) {
        return items.stream().filter(i -> i.audience() == audience).toList();
    }

    public List<TemplateItemView> itemsInSection(UUID sectionId) {
        return items.stream().filter(i -> sectionId.equals(i.sectionId())).toList();
    }

    public List<TemplateItemView> itemsForCriterion(UUID criterionId) {
        return items.stream().filter(i -> criterionId.equals(i.criterionId())).toList();
    }

    /** The stable id of this version's section with the given row id. */
    public @Nullable UUID sectionStableId(@Nullable UUID sectionId) {
        return sections.stream()
                .filter(s -> s.id().equals(sectionId))
                .map(TemplateSectionView::stableId)
                .findFirst()
                .orElse(null);
    }

    /** The stable id of this version's criterion with the given row id. */
    public @Nullable UUID criterionStableId(@Nullable UUID criterionId) {
        return criteria.stream()
                .filter(c -> c.id().equals(criterionId))
                .map(TemplateCriterionView::stableId)
                .findFirst()
                .orElse(null);
    }
}
