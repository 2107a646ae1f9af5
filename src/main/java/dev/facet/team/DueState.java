package dev.facet.team;

/** Where an item stands against its due date, as the pages show it. */
public enum DueState {
    /** Done or not applicable: no longer due. */
    CLOSED,
    /** Open and its due date has passed. */
    OVERDUE,
    /** Open and due between today and the end of this week (Sunday). */
    DUE_THIS_WEEK,
    /** Open and due after this week. */
    LATER,
    /** Open without a due date: the "beyond 3 months" expectations are ongoing. */
    ONGOING
}
