package dev.facet.team;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A section of one template version; written once with its version. */
@Entity
@Table(name = "team_plan_template_section")
class PlanTemplateSection {

    @Id
    private UUID id;

    /** The same in every version copied from this one, so edits can name it across versions. */
    private UUID stableId;

    private UUID templateVersionId;
    private int position;
    private String title;
    private String details;

    @Version
    private @Nullable Long version;

    protected PlanTemplateSection() {}

    PlanTemplateSection(UUID stableId, UUID templateVersionId, int position, String title, String details) {
        this.id = Ids.newId();
        this.stableId = stableId;
        this.templateVersionId = templateVersionId;
        this.position = position;
        this.title = title;
        this.details = details;
    }

    UUID id() {
        return id;
    }

    TemplateSectionView view() {
        return new TemplateSectionView(id, stableId, position, title, details);
    }
}
