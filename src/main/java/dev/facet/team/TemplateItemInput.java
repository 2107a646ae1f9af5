package dev.facet.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checklist item as the admin types it; the section and criterion are named by their stable ids
 * (see {@link TemplateSectionView#stableId()}), so a form still holds after someone else saved.
 */
public record TemplateItemInput(
        PlanAudience audience,
        PlanMonth month,
        @Nullable UUID sectionStableId,
        @Nullable UUID criterionStableId,
        boolean certification,
        String title,
        String details) {}
