package dev.facet.dashboard;

import dev.facet.cta.CtaType;
import java.time.LocalDate;
import java.util.UUID;

/** An open task of a CTA, as the task lists of the dashboards show it. */
public record TaskItem(
        UUID taskId,
        String title,
        LocalDate dueDate,
        UUID ctaId,
        CtaType ctaType,
        UUID accountId,
        String accountName,
        UUID ownerId,
        String ownerName) {}
