package dev.facet.assignment;

/** What happened to one account of a bulk action. */
public enum Outcome {
    /** The TAM was assigned to an account waiting in the queue. */
    ASSIGNED,
    /** The account moved to another TAM. */
    MOVED,
    /** The account got a TAM meanwhile (from the CRM or another manager), so it was left alone. */
    SKIPPED_HAS_TAM,
    /** The item changed since the page showed it: closed, gone, or no longer the TAM's account. */
    STALE,
    /** The change was refused; the reason says why. */
    FAILED;

    public boolean done() {
        return this == ASSIGNED || this == MOVED;
    }
}
