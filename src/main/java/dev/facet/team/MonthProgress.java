package dev.facet.team;

/** The items of one month of a plan (all three checklists): done, not applicable and still open. */
public record MonthProgress(PlanMonth month, int done, int notApplicable, int open) {

    public int total() {
        return done + notApplicable + open;
    }
}
