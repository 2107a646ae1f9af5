package dev.facet.team;

import java.util.List;
import java.util.UUID;

/**
 * A new hire's shadowing at a glance, for their page, their manager's overview and the graduation
 * check ("shadowed at least 4 calls per week throughout your onboarding"; "completed role play
 * activities and discussed feedback"; the buddy joining "the first 5-10 customer meetings").
 *
 * <p>The weekly figures cover {@link #weeks()}: from the first logged week (or the start asked for) to
 * this week on the new hire's calendar. Meetings and role plays count all that was logged.
 *
 * @param totalCalls shadowed calls in the weeks covered
 * @param weeksLogged the weeks covered, including weeks without a call
 * @param weeksWithCalls the weeks covered that have at least one call
 * @param weeksMeetingGoal the weeks with at least {@link #WEEKLY_GOAL} calls (this week too, once it has them)
 * @param shortWeeks the finished weeks below the goal (this week is never short: it is still running)
 */
public record ShadowingSummary(
        UUID newHireId,
        long totalCalls,
        int weeksLogged,
        int weeksWithCalls,
        int weeksMeetingGoal,
        int shortWeeks,
        long coLedMeetings,
        long rolePlays,
        long rolePlaysWithFeedback,
        List<ShadowingWeek> weeks) {

    /** The handbook's "shadow at least 4 calls per week". */
    public static final int WEEKLY_GOAL = ShadowingWeekPolicy.WEEKLY_GOAL;

    /** The handbook's "the buddy should join the first 5-10 customer meetings led by the new joiner". */
    public static final int CO_LED_MEETINGS_MIN = 5;

    public static final int CO_LED_MEETINGS_MAX = 10;

    public ShadowingSummary {
        weeks = List.copyOf(weeks);
    }

    static ShadowingSummary of(UUID newHireId, List<ShadowingWeek> weeks, ShadowingQueries.LogCounts counts) {
        return new ShadowingSummary(
                newHireId,
                weeks.stream().mapToLong(ShadowingWeek::calls).sum(),
                weeks.size(),
                (int) weeks.stream().filter(w -> w.calls() > 0).count(),
                (int) weeks.stream().filter(w -> w.status() == WeekStatus.MET).count(),
                (int) weeks.stream().filter(w -> w.status() == WeekStatus.SHORT).count(),
                counts.coLedMeetings(),
                counts.rolePlays(),
                counts.rolePlaysWithFeedback(),
                weeks);
    }

    public int weeklyGoal() {
        return WEEKLY_GOAL;
    }

    public int coLedMeetingsMin() {
        return CO_LED_MEETINGS_MIN;
    }

    public int coLedMeetingsMax() {
        return CO_LED_MEETINGS_MAX;
    }

    /** How many more joined meetings reach the handbook's minimum (0 once reached). */
    public long coLedMeetingsToGo() {
        return Math.max(CO_LED_MEETINGS_MIN - coLedMeetings, 0);
    }

    /**
     * Every finished week met the goal, and there was at least one finished week (the last week is
     * always this week, still running).
     */
    public boolean weeklyGoalMetThroughout() {
        return shortWeeks == 0 && weeks.size() > 1;
    }

    /** The buddy joined at least the first five customer meetings the new hire led. */
    public boolean coLedMeetingsReached() {
        return coLedMeetings >= CO_LED_MEETINGS_MIN;
    }

    /** Role plays that still wait for the giver's feedback. */
    public long rolePlaysAwaitingFeedback() {
        return rolePlays - rolePlaysWithFeedback;
    }
}
