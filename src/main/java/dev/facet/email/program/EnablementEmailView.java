package dev.facet.email.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One enablement email as the CTA page shows it. {@code subject} is rendered: for an email not yet
 * queued, with today's TAM and contacts (what it would say if it went now); once queued, what went.
 * {@code restorable}: a person skipped or cancelled it, its day has not passed and the CTA is open.
 */
public record EnablementEmailView(
        UUID id,
        int number,
        String name,
        LocalDate scheduledOn,
        EnablementEmailStatus status,
        boolean waitingForContact,
        String subject,
        boolean edited,
        @Nullable String editedByName,
        @Nullable Instant editedAt,
        List<String> sentTo,
        @Nullable String signedByName,
        @Nullable Instant queuedAt,
        @Nullable Instant sentAt,
        @Nullable String error,
        @Nullable EnablementStopReason stopReason,
        @Nullable String stoppedByName,
        boolean restorable,
        long version) {

    public EnablementEmailView {
        sentTo = List.copyOf(sentTo);
    }

    /** The TAM may still edit, send, skip or cancel it. */
    public boolean unsent() {
        return status.unsent();
    }

    /** The state as the page names it: the statuses, and a due email waiting for an ADMIN contact. */
    public String state() {
        return waitingForContact && status == EnablementEmailStatus.SCHEDULED ? "WAITING" : status.name();
    }
}
