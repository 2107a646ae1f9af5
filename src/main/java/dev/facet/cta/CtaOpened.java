package dev.facet.cta;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A CTA opened (by a rule or by hand); {@code playbookVersionId} is set when it follows a playbook. */
public record CtaOpened(
        UUID ctaId,
        UUID accountId,
        CtaType type,
        CtaReason reason,
        UUID ownerId,
        LocalDate startDate,
        @Nullable UUID playbookVersionId) {}
