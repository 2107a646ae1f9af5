package dev.facet.playbook;

import java.util.List;
import java.util.UUID;

/** One task template of a playbook version; positions start at 1, the due offset counts days from the CTA's start. */
public record PlaybookTaskView(
        UUID id, int position, String title, String description, int dueOffsetDays, List<String> checklist) {

    public PlaybookTaskView {
        checklist = List.copyOf(checklist);
    }
}
