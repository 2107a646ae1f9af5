package dev.facet.dashboard;

import java.util.Map;

/**
 * The headline counts of a scope: onboardings in it, open, closed, open at risk, and per metric
 * the count in each state, with the goals (in days) that the states were measured against.
 */
public record OnboardingCounts(
        long total, long open, long closed, long atRisk, Map<Metric, StateCounts> states, Map<Metric, Integer> goals) {

    public long count(OnboardingStatus status) {
        return switch (status) {
            case OPEN -> open;
            case CLOSED -> closed;
            case AT_RISK -> atRisk;
        };
    }

    public long burnDown(BurnDownList list) {
        return states.get(list.metric()).overdueOpen();
    }

    public int goal(Metric metric) {
        return goals.get(metric);
    }
}
