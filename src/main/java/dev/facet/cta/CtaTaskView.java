package dev.facet.cta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task as the CTA page shows it. {@code ownerId} is the task's owner, the CTA's unless {@code
 * ownOwner}; {@code doneByName} who marked it done or not applicable, at {@code doneAt}.
 */
public record CtaTaskView(
        UUID id,
        int position,
        String title,
        String description,
        LocalDate dueDate,
        TaskStatus status,
        @Nullable String note,
        @Nullable Instant doneAt,
        UUID ownerId,
        String ownerName,
        boolean ownOwner,
        @Nullable String doneByName,
        boolean overdue,
        List<Item> checklist) {

    public record Item(String label, boolean done) {}

    public boolean open() {
        return status == TaskStatus.OPEN;
    }
}
