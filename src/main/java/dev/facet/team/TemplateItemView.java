package dev.facet.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checklist item of a template version. The new hire's items sit in a section and may be
 * certifications; {@code criterionId} names the graduation criterion the item counts toward, if any.
 */
public record TemplateItemView(
        UUID id,
        int position,
        PlanAudience audience,
        PlanMonth month,
        @Nullable UUID sectionId,
        @Nullable UUID criterionId,
        boolean certification,
        String title,
        String details) {}
