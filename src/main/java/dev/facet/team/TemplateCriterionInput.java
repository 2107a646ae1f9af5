package dev.facet.team;

/** A graduation criterion as the admin types it. */
public record TemplateCriterionInput(String text, CriterionEvidence evidence) {}
