package dev.facet.assignment;

import java.time.LocalDate;
import java.util.UUID;

/** An open task past its due date on one of a TAM's open CTAs: what the team table's count is made of. */
public record OverdueTask(
        UUID ctaId, UUID accountId, String accountName, String ctaType, String taskTitle, LocalDate dueDate) {}
