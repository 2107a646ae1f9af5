package dev.facet.team;

/** The handbook groups every expectation by month: 1, 2, 3, and beyond 3 months. */
public enum PlanMonth {
    MONTH_1(1),
    MONTH_2(2),
    MONTH_3(3),
    BEYOND(4);

    private final int number;

    PlanMonth(int number) {
        this.number = number;
    }

    /** 1, 2, 3, and 4 for "beyond". */
    public int number() {
        return number;
    }

    public boolean beyond() {
        return this == BEYOND;
    }
}
