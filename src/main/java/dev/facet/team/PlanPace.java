package dev.facet.team;

/**
 * How a running plan is going, for the manager's list: shadowed calls this week and last week against
 * the weekly goal, the finished weeks below it since the start, and the graduation criteria still
 * missing.
 */
public record PlanPace(long callsThisWeek, long callsLastWeek, int shortWeeks, long missingCriteria) {

    public int weeklyGoal() {
        return ShadowingSummary.WEEKLY_GOAL;
    }
}
