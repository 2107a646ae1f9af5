package dev.facet.playbook;

/** The editable details of a template; saving them makes a new version like any other edit. */
public record PlaybookDetails(String name, String description, int targetDays) {}
