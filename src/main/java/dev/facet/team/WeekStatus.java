package dev.facet.team;

/** How a week of shadowing stands against the weekly goal. */
public enum WeekStatus {
    /** At least the goal's number of calls. */
    MET,
    /** A finished week below the goal. */
    SHORT,
    /** This week, below the goal so far: it can still get there. */
    IN_PROGRESS
}
