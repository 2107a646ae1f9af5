package dev.facet.playbook;

import dev.facet.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;

/** One task of a version, part of it like the version itself: written once, never changed. */
@Entity
@Table(name = "playbook_task_template")
class PlaybookTaskTemplate {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id", updatable = false)
    private PlaybookTemplateVersion templateVersion;

    private int position;
    private String title;
    private String description;
    private int dueOffsetDays;

    @ElementCollection
    @CollectionTable(name = "playbook_task_checklist_item", joinColumns = @JoinColumn(name = "task_template_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "label")
    private List<String> checklist = new ArrayList<>();

    protected PlaybookTaskTemplate() {}

    PlaybookTaskTemplate(PlaybookTemplateVersion templateVersion, int position, TaskDraft draft) {
        this.id = Ids.newId();
        this.templateVersion = templateVersion;
        this.position = position;
        this.title = draft.title();
        this.description = draft.description();
        this.dueOffsetDays = draft.dueOffsetDays();
        this.checklist = new ArrayList<>(draft.checklist());
    }

    UUID id() {
        return id;
    }

    TaskDraft draft() {
        return new TaskDraft(title, description, dueOffsetDays, checklist);
    }

    PlaybookTaskView view() {
        return new PlaybookTaskView(id, position, title, description, dueOffsetDays, checklist);
    }
}
