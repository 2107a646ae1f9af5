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

/** A graduation criterion of one template version; written once with its version. */
@Entity
@Table(name = "team_plan_template_criterion")
class PlanTemplateCriterion {

    @Id
    private UUID id;

    /** The same in every version copied from this one, so edits can name it across versions. */
    private UUID stableId;

    private UUID templateVersionId;
    private int position;
    private String text;

    @Enumerated(EnumType.STRING)
    private CriterionEvidence evidence;

    @Version
    private @Nullable Long version;

    protected PlanTemplateCriterion() {}

    PlanTemplateCriterion(
            UUID stableId, UUID templateVersionId, int position, String text, CriterionEvidence evidence) {
        this.id = Ids.newId();
        this.stableId = stableId;
        this.templateVersionId = templateVersionId;
        this.position = position;
        this.text = text;
        this.evidence = evidence;
    }

    UUID id() {
        return id;
    }

    TemplateCriterionView view() {
        return new TemplateCriterionView(id, stableId, position, text, evidence);
    }
}
