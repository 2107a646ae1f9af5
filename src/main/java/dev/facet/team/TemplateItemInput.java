package dev.facet.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checklist item as the admin types it; {@code sectionId} and {@code criterionId} name a section and
 * a criterion of the version the admin edits.
 */
public record TemplateItemInput(
        PlanAudience audience,
        PlanMonth month,
        @Nullable UUID sectionId,
        @Nullable UUID criterionId,
        boolean certification,
        String title,
        String details) {}
