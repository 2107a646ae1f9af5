package dev.facet.email;

import java.time.Instant;
import java.util.UUID;

/** An email template as admins edit it and as the program renders it. */
public record EmailTemplateView(
        UUID id,
        EmailVariant variant,
        int number,
        String name,
        String subject,
        String body,
        long version,
        Instant updatedAt,
        String updatedBy) {}
