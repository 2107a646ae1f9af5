package dev.facet.team;

/** A section as the admin types it. */
public record TemplateSectionInput(String title, String details) {}
