package dev.facet.team;

import java.util.UUID;

/** A graduation criterion of a template version, in the handbook's words, and what it is checked against. */
public record TemplateCriterionView(UUID id, int position, String text, CriterionEvidence evidence) {}
