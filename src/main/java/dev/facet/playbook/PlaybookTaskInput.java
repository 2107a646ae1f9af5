package dev.facet.playbook;

import java.util.List;

/** A task template as an admin types it; checklist items in order. */
public record PlaybookTaskInput(String title, String description, int dueOffsetDays, List<String> checklist) {

    public PlaybookTaskInput {
        checklist = List.copyOf(checklist);
    }
}
