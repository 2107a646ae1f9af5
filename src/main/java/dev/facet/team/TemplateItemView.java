package dev.facet.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checklist item of a template version. The new hire's items sit in a section and may be
 * certifications; {@code sectionId} and {@code criterionId} name this version's section and the graduation
 * criterion the item counts toward, if any. {@code stableId} stays the same in every version copied from it.
 */
public record TemplateItemView(
        UUID id,
        UUID stableId,
        int position,
        PlanAudience audience,
        PlanMonth month,
        @Nullable UUID sectionId,
        @Nullable UUID criterionId,
        boolean certification,
        String title,
        String details) {}
