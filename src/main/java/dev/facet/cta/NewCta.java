package dev.facet.cta;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A CTA made by hand. {@code playbookTemplateId} null means no playbook; {@code reason} null lets an
 * onboarding pick NEW_CUSTOMER or EXISTING_CUSTOMER; {@code dueDate} null takes the playbook's target.
 */
public record NewCta(
        UUID accountId,
        CtaType type,
        @Nullable CtaReason reason,
        CtaPriority priority,
        UUID ownerId,
        @Nullable UUID playbookTemplateId,
        LocalDate startDate,
        @Nullable LocalDate dueDate) {}
