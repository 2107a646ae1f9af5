package dev.facet.playbook;

/** What an admin gives to create a template; it starts at version 1 without tasks. */
public record NewPlaybookTemplate(String code, String name, String description, int targetDays) {}
