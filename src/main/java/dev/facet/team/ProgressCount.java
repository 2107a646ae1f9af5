package dev.facet.team;

/** How many of some items are closed (done or not applicable) out of how many. */
public record ProgressCount(int closed, int total) {

    public static final ProgressCount NONE = new ProgressCount(0, 0);

    public ProgressCount {
        if (closed < 0 || total < closed) {
            throw new IllegalArgumentException("closed " + closed + " of " + total);
        }
    }

    public ProgressCount plus(boolean itemClosed) {
        return new ProgressCount(closed + (itemClosed ? 1 : 0), total + 1);
    }

    /** Whole percent, rounded down so that 100 means every item is closed. */
    public int percent() {
        return total == 0 ? 0 : closed * 100 / total;
    }

    public boolean complete() {
        return closed == total;
    }
}
