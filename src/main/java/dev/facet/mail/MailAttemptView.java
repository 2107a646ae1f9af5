package dev.facet.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One delivery attempt as the outbox page shows it. */
public record MailAttemptView(
        Instant attemptedAt,
        AttemptOutcome outcome,
        @Nullable String error) {}
