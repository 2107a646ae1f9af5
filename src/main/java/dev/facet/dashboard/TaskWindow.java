package dev.facet.dashboard;

/**
 * The task lists of the TAM dashboard: past due, and due this week (today and the next seven days, as
 * in the cockpit); and due tomorrow, which the daily digest reminds of a day ahead.
 */
public enum TaskWindow {
    OVERDUE("t.due_date < cast(:today as date)"),
    THIS_WEEK("t.due_date between cast(:today as date) and cast(:weekEnd as date)"),
    DUE_TOMORROW("t.due_date = cast(:today as date) + 1");

    final String predicate;

    TaskWindow(String predicate) {
        this.predicate = predicate;
    }
}
