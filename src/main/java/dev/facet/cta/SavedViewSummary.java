package dev.facet.cta;

import java.util.UUID;

/** A saved cockpit view as its menu lists it; {@code query} is the part of the address after "?". */
public record SavedViewSummary(UUID id, String name, String query, boolean defaultView) {}
