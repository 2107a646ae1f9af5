package dev.facet.playbook.web;

import dev.facet.playbook.PlaybookTaskInput;
import dev.facet.playbook.PlaybookTaskView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A task as the admin types it: checklist items one per line, with the version number the admin saw. */
public class EditTaskForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String title;

    @Size(max = 4000)
    private String description = "";

    @NotNull
    @PositiveOrZero
    @Max(365)
    private @Nullable Integer dueOffsetDays;

    @Size(max = 6200)
    private String checklist = "";

    private int expectedVersion;

    static EditTaskForm blank(int expectedVersion) {
        var form = new EditTaskForm();
        form.expectedVersion = expectedVersion;
        return form;
    }

    static EditTaskForm of(PlaybookTaskView task, int expectedVersion) {
        var form = blank(expectedVersion);
        form.title = task.title();
        form.description = task.description();
        form.dueOffsetDays = task.dueOffsetDays();
        form.checklist = String.join("\n", task.checklist());
        return form;
    }

    /** Checklist items: one per non-blank line, trimmed. */
    List<String> checklistItems() {
        return checklist
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Only called once Bean Validation passed, so every field is set. */
    PlaybookTaskInput input() {
        return new PlaybookTaskInput(
                Objects.requireNonNull(title), description, Objects.requireNonNull(dueOffsetDays), checklistItems());
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    public @Nullable Integer getDueOffsetDays() {
        return dueOffsetDays;
    }

    public void setDueOffsetDays(@Nullable Integer dueOffsetDays) {
        this.dueOffsetDays = dueOffsetDays;
    }

    public String getChecklist() {
        return checklist;
    }

    public void setChecklist(@Nullable String checklist) {
        this.checklist = checklist == null ? "" : checklist;
    }

    public int getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(int expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
