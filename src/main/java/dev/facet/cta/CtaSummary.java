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

    /**
     * "Day N of 45": whole days since the start (the start date is day 0), counted as the
     * time-to-value metrics count them, so "day 45 of 45" is the goal's last day; it stops at the close.
     */
    public long dayNumber() {
        LocalDate until = closedDate != null ? closedDate : today;
        return Math.max(0, ChronoUnit.DAYS.between(startDate, until));
    }

    public long totalDays() {
        return ChronoUnit.DAYS.between(startDate, dueDate);
    }

    public boolean overdue() {
        return open() && dueDate.isBefore(today);
    }
}
