package dev.facet.team;

import java.util.UUID;

/** A graduation criterion of a template version, in the handbook's words, and what it is checked against;
 * {@code stableId} stays the same in every version copied from it. */
public record TemplateCriterionView(UUID id, UUID stableId, int position, String text, CriterionEvidence evidence) {}
