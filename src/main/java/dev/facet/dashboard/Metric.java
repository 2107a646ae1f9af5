package dev.facet.dashboard;

/**
 * The three time-to-value metrics of DOMAIN 7, named as in {@code metric_goal}. Each knows the
 * columns of the dashboard scope that hold its measured days and its state.
 */
public enum Metric {
    TIME_TO_ENGAGE("engage_days", "engage_state"),
    TIME_TO_FIRST_VALUE("first_value_days", "first_value_state"),
    TIME_TO_ONBOARD("onboard_days", "onboard_state");

    private final String daysColumn;
    private final String stateColumn;

    Metric(String daysColumn, String stateColumn) {
        this.daysColumn = daysColumn;
        this.stateColumn = stateColumn;
    }

    String daysColumn() {
        return daysColumn;
    }

    String stateColumn() {
        return stateColumn;
    }
}
