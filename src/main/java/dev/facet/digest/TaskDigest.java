package dev.facet.digest;

import dev.facet.dashboard.TaskItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A TAM's digest of {@code day} (their local date): the open tasks of their open, awake CTAs that are
 * past due, and those due tomorrow. Tasks due today were in yesterday's digest as due tomorrow.
 */
public record TaskDigest(
        String recipientName, LocalDate day, Listing<TaskItem> overdue, Listing<TaskItem> dueTomorrow, String baseUrl) {

    public boolean isEmpty() {
        return overdue.isEmpty() && dueTomorrow.isEmpty();
    }

    public long daysOverdue(TaskItem task) {
        return ChronoUnit.DAYS.between(task.dueDate(), day);
    }
}
