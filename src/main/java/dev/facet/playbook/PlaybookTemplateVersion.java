package dev.facet.playbook;

import dev.facet.shared.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a template: written once with its tasks, never changed, so the CTAs
 * that started from it stay as they were. An edit makes the {@link #next} version instead.
 */
@Entity
@Table(name = "playbook_template_version")
class PlaybookTemplateVersion {

    @Id
    private UUID id;

    private UUID templateId;
    private int versionNo;
    private int targetDays;
    private Instant createdAt;
    private @Nullable String createdBy;

    @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PlaybookTaskTemplate> tasks = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected PlaybookTemplateVersion() {}

    PlaybookTemplateVersion(
            UUID templateId,
            int versionNo,
            int targetDays,
            List<TaskDraft> drafts,
            @Nullable String createdBy,
            Instant now) {
        this.id = Ids.newId();
        this.templateId = templateId;
        this.versionNo = versionNo;
        this.targetDays = targetDays;
        this.createdBy = createdBy;
        this.createdAt = now;
        for (int i = 0; i < drafts.size(); i++) {
            tasks.add(new PlaybookTaskTemplate(this, i + 1, drafts.get(i)));
        }
    }

    /** The version after this one, with the given target and tasks (in their new order). */
    PlaybookTemplateVersion next(int targetDays, List<TaskDraft> drafts, String createdBy, Instant now) {
        return new PlaybookTemplateVersion(templateId, versionNo + 1, targetDays, drafts, createdBy, now);
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

    int targetDays() {
        return targetDays;
    }

    /** Only for a version built in this transaction; stored versions are read with their checklists in one query. */
    List<PlaybookTaskTemplate> newTasks() {
        return List.copyOf(tasks);
    }
}
