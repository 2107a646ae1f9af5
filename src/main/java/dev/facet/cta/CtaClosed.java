package dev.facet.cta;

import java.time.LocalDate;
import java.util.UUID;

public record CtaClosed(UUID ctaId, UUID accountId, CtaType type, CtaStatus status, LocalDate closedDate) {}
