package dev.facet.team;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The plan template: a stable code, a name, and the version that new plans start from. */
@Entity
@Table(name = "team_plan_template")
class PlanTemplate {

    @Id
    private UUID id;

    private String code;
    private String name;
    private UUID currentVersionId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected PlanTemplate() {}

    /** Makes a newer version of this template the one new plans start from. */
    void advanceTo(PlanTemplateVersion next, Instant now) {
        if (!next.templateId().equals(id)) {
            throw new IllegalArgumentException("Version " + next.id() + " belongs to another template");
        }
        this.currentVersionId = next.id();
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    UUID currentVersionId() {
        return currentVersionId;
    }
}
