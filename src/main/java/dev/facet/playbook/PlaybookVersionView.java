package dev.facet.playbook;

import java.util.List;
import java.util.UUID;

/**
 * One immutable version of a playbook template with its tasks in order. A CTA records {@code id}
 * and copies the tasks; {@code version} is the number shown to people (1, 2, …).
 */
public record PlaybookVersionView(
        UUID id,
        UUID templateId,
        String templateCode,
        String templateName,
        int version,
        int targetDays,
        List<PlaybookTaskView> tasks) {

    public PlaybookVersionView {
        tasks = List.copyOf(tasks);
    }
}
