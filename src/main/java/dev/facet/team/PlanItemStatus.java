package dev.facet.team;

/** An item is open until it is done or marked not applicable (with a note); either can be reopened. */
public enum PlanItemStatus {
    OPEN,
    DONE,
    NOT_APPLICABLE;

    public boolean closed() {
        return this != OPEN;
    }
}
