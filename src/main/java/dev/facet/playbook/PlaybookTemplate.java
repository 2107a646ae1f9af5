package dev.facet.playbook;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A playbook template: a stable code, a name, and the version that new CTAs start from. */
@Entity
@Table(name = "playbook_template")
class PlaybookTemplate {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String description;

    /** Only empty between construction and {@link #firstVersion}, inside one transaction. */
    private @Nullable UUID currentVersionId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected PlaybookTemplate() {}

    PlaybookTemplate(String code, String name, String description, Instant now) {
        this.id = Ids.newId();
        this.code = code;
        this.name = name;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Version 1, without tasks, which the template points at from the start. */
    PlaybookTemplateVersion firstVersion(int targetDays, String createdBy, Instant now) {
        if (currentVersionId != null) {
            throw new IllegalStateException("Template " + code + " has a first version already");
        }
        var first = new PlaybookTemplateVersion(id, 1, targetDays, List.of(), createdBy, now);
        currentVersionId = first.id();
        return first;
    }

    void describe(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.updatedAt = now;
    }

    /** Makes a newer version of this template the one new CTAs start from. */
    void advanceTo(PlaybookTemplateVersion next, Instant now) {
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
        return Objects.requireNonNull(currentVersionId, "current version");
    }
}
