package dev.facet.dashboard;

import dev.facet.cta.CtaType;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A CTA that its owner put to sleep until a date. */
public record SnoozedItem(
        UUID ctaId,
        CtaType ctaType,
        UUID accountId,
        String accountName,
        LocalDate snoozedUntil,
        @Nullable String snoozeReason,
        LocalDate dueDate) {}
