package dev.facet.team;

import java.util.UUID;

/**
 * A section of a template version: a learning-path module or Sales Quick Start. {@code id} is this
 * version's row; {@code stableId} stays the same in every version copied from it.
 */
public record TemplateSectionView(UUID id, UUID stableId, int position, String title, String details) {}
