package dev.facet.team;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checklist item of one template version; written once with its version, read by every plan that pinned it. */
@Entity
@Table(name = "team_plan_template_item")
class PlanTemplateItem {

    @Id
    private UUID id;

    /** The same in every version copied from this one, so edits can name it across versions. */
    private UUID stableId;

    private UUID templateVersionId;
    private int position;

    @Enumerated(EnumType.STRING)
    private PlanAudience audience;

    @Enumerated(EnumType.STRING)
    private PlanMonth month;

    private @Nullable UUID sectionId;
    private @Nullable UUID criterionId;
    private boolean certification;
    private String title;
    private String details;

    @Version
    private @Nullable Long version;

    protected PlanTemplateItem() {}

    PlanTemplateItem(
            UUID stableId,
            UUID templateVersionId,
            int position,
            PlanAudience audience,
            PlanMonth month,
            @Nullable UUID sectionId,
            @Nullable UUID criterionId,
            boolean certification,
            String title,
            String details) {
        this.id = Ids.newId();
        this.stableId = stableId;
        this.templateVersionId = templateVersionId;
        this.position = position;
        this.audience = audience;
        this.month = month;
        this.sectionId = sectionId;
        this.criterionId = criterionId;
        this.certification = certification;
        this.title = title;
        this.details = details;
    }

    TemplateItemView view() {
        return new TemplateItemView(
                id, stableId, position, audience, month, sectionId, criterionId, certification, title, details);
    }
}
