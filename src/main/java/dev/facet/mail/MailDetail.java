package dev.facet.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One mail of the outbox with its bodies and every attempt, oldest first. */
public record MailDetail(
        UUID id,
        String kind,
        String from,
        List<String> to,
        List<String> cc,
        @Nullable String replyTo,
        String subject,
        String text,
        @Nullable String html,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        List<MailAttemptView> attemptLog) {

    public boolean mayBeQueuedAgain() {
        return status == MailStatus.FAILED;
    }
}
