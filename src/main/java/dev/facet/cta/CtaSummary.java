package dev.facet.cta;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A CTA as lists show it, with its task counts. {@code snoozedUntil} is set only while it sleeps. */
public record CtaSummary(
        UUID id,
        UUID accountId,
        String accountName,
        CtaType type,
        CtaReason reason,
        CtaStatus status,
        CtaPriority priority,
        UUID ownerId,
        String ownerName,
        LocalDate startDate,
        LocalDate dueDate,
        @Nullable LocalDate closedDate,
        @Nullable LocalDate snoozedUntil,
        long openTasks,
        long overdueTasks,
        long dueSoonTasks,
        LocalDate today) {

    /** "Due this week": today and the next seven days. */
    public static final int DUE_SOON_DAYS = 7;

    public boolean open() {
        return !status.isClosed();
    }

    /** "Day N of 45": the start date is day 1. */
    public long dayNumber() {
        LocalDate until = closedDate != null ? closedDate : today;
        return ChronoUnit.DAYS.between(startDate, until) + 1;
    }

    public long totalDays() {
        return ChronoUnit.DAYS.between(startDate, dueDate);
    }

    public boolean overdue() {
        return open() && dueDate.isBefore(today);
    }
}
