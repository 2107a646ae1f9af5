package dev.facet.playbook;

import java.util.UUID;

/** A playbook template as listed: its current version number and how many tasks that version has. */
public record PlaybookTemplateSummary(
        UUID id, String code, String name, String description, int currentVersion, int taskCount) {}
