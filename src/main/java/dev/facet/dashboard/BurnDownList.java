package dev.facet.dashboard;

/**
 * The burn-down lists of DOMAIN 9: open onboardings whose metric is past its goal without having
 * been reached (state {@link MetricState#OVERDUE}): not engaged, no first value, not onboarded.
 */
public enum BurnDownList {
    NOT_ENGAGED(Metric.TIME_TO_ENGAGE),
    NO_FIRST_VALUE(Metric.TIME_TO_FIRST_VALUE),
    NOT_ONBOARDED(Metric.TIME_TO_ONBOARD);

    private final Metric metric;

    BurnDownList(Metric metric) {
        this.metric = metric;
    }

    public Metric metric() {
        return metric;
    }

    public OnboardingSelection selection() {
        return new OnboardingSelection(metric, MetricState.OVERDUE, OnboardingStatus.OPEN, null, null);
    }
}
