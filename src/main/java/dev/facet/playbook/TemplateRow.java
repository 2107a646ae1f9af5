package dev.facet.playbook;

import java.util.UUID;

/** A template with its current version number and task count, read in one statement. */
record TemplateRow(UUID id, String code, String name, String description, int currentVersion, long taskCount) {

    PlaybookTemplateSummary summary() {
        return new PlaybookTemplateSummary(id, code, name, description, currentVersion, Math.toIntExact(taskCount));
    }
}
