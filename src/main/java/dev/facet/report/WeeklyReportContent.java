package dev.facet.report;

import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.Cohort;
import dev.facet.dashboard.OnboardingCounts;
import dev.facet.dashboard.OnboardingRow;
import dev.facet.dashboard.TaskItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one subscriber's weekly report says, for their scope (a TAM's own onboardings, a manager's
 * team, or everyone): the headline counts, the onboardings that started this week, the overdue
 * tasks, the three burn-down lists and the recent start-month cohorts. Lists hold at most
 * {@link WeeklyReportComposer#LIST_LIMIT} rows; the totals say how many there are in all.
 */
public record WeeklyReportContent(
        String recipientName,
        Scope scope,
        LocalDate weekStart,
        LocalDate today,
        OnboardingCounts counts,
        Listing<OnboardingRow> newOnboardings,
        Listing<TaskItem> overdueTasks,
        Map<BurnDownList, Listing<OnboardingRow>> burnDown,
        List<Cohort> cohorts,
        String baseUrl) {

    /** Whose onboardings the report covers. */
    public enum Scope {
        MINE,
        TEAM,
        EVERYONE
    }

    /** The first rows of a list and its total. */
    public record Listing<T>(List<T> rows, long total) {

        public boolean more() {
            return total > rows.size();
        }
    }

    public Listing<OnboardingRow> burnDown(BurnDownList list) {
        return burnDown.get(list);
    }
}
