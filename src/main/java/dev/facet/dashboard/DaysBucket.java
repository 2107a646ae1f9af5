package dev.facet.dashboard;

import org.jspecify.annotations.Nullable;

/** The ranges of measured days that the distribution counts, both ends inclusive. */
public enum DaysBucket {
    UP_TO_7(0, 7),
    UP_TO_14(8, 14),
    UP_TO_30(15, 30),
    UP_TO_45(31, 45),
    UP_TO_60(46, 60),
    UP_TO_90(61, 90),
    OVER_90(91, null);

    private final int from;
    private final @Nullable Integer to;

    DaysBucket(int from, @Nullable Integer to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public @Nullable Integer to() {
        return to;
    }
}
