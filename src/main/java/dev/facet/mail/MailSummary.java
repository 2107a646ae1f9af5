package dev.facet.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of the outbox list: the mail without its bodies. */
public record MailSummary(
        UUID id,
        String kind,
        List<String> to,
        String subject,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
