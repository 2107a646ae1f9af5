package dev.facet.team;

import java.util.UUID;

/** A section of a template version: a learning-path module or Sales Quick Start. */
public record TemplateSectionView(UUID id, int position, String title, String details) {}
