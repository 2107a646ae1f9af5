package dev.facet.playbook;

import java.util.List;

/** A task's content while a new version is being put together (copied from the current one, then edited). */
record TaskDraft(String title, String description, int dueOffsetDays, List<String> checklist) {

    TaskDraft {
        checklist = List.copyOf(checklist);
    }

    static TaskDraft of(PlaybookTaskInput input) {
        return new TaskDraft(
                input.title().strip(), input.description().strip(), input.dueOffsetDays(), input.checklist());
    }
}
