package dev.facet.team;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of the template. Its sections, criteria and items are written with it and
 * never changed, so the plans that pinned it keep their content; an edit makes the {@link #next} one.
 */
@Entity
@Table(name = "team_plan_template_version")
class PlanTemplateVersion {

    @Id
    private UUID id;

    private UUID templateId;
    private int versionNo;
    private Instant createdAt;
    private @Nullable String createdBy;

    @Version
    private @Nullable Long version;

    protected PlanTemplateVersion() {}

    private PlanTemplateVersion(UUID templateId, int versionNo, String createdBy, Instant now) {
        this.id = Ids.newId();
        this.templateId = templateId;
        this.versionNo = versionNo;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    PlanTemplateVersion next(String editor, Instant now) {
        return new PlanTemplateVersion(templateId, versionNo + 1, editor, now);
    }

    UUID id() {
        return id;
    }

    UUID templateId() {
        return templateId;
    }

    int versionNo() {
        return versionNo;
    }
}
