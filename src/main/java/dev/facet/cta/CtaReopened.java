package dev.facet.cta;

import java.util.UUID;

/** A closed CTA was reopened by its owner or a manager. */
public record CtaReopened(UUID ctaId, UUID accountId, CtaType type) {}
