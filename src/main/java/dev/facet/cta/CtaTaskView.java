package dev.facet.cta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record CtaTaskView(
        UUID id,
        int position,
        String title,
        String description,
        LocalDate dueDate,
        TaskStatus status,
        @Nullable String note,
        @Nullable Instant doneAt,
        boolean overdue,
        List<Item> checklist) {

    public record Item(String label, boolean done) {}

    public boolean open() {
        return status == TaskStatus.OPEN;
    }
}
