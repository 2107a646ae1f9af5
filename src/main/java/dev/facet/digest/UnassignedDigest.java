package dev.facet.digest;

import dev.facet.assignment.QueueItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A manager's digest of {@code day} (their local date): the accounts of their assignment queue that
 * still have no TAM after the due date of their ASSIGN_TAM item.
 */
public record UnassignedDigest(String recipientName, LocalDate day, Listing<QueueItem> accounts, String baseUrl) {

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    public long daysWaiting(QueueItem item) {
        return ChronoUnit.DAYS.between(item.startDate(), day);
    }

    public long daysPastDue(QueueItem item) {
        return ChronoUnit.DAYS.between(item.dueDate(), day);
    }
}
