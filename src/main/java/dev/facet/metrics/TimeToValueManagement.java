package dev.facet.metrics;

import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-to-value for an account or one onboarding CTA, and the admin-edited goals. Two statements per
 * answer: the view row and the goals.
 */
@Service
@Transactional(readOnly = true)
public class TimeToValueManagement {

    public static final int MIN_GOAL_DAYS = 1;
    public static final int MAX_GOAL_DAYS = 3650;

    private final OnboardingTimeToValueQueries queries;
    private final MetricGoalRepository goals;
    private final Clock clock;

    TimeToValueManagement(OnboardingTimeToValueQueries queries, MetricGoalRepository goals, Clock clock) {
        this.queries = queries;
        this.goals = goals;
        this.clock = clock;
    }

    /** The account's metrics on its latest onboarding CTA by start date. */
    public AccountTimeToValue ofAccount(UUID accountId) {
        return measure(
                queries.latestOfAccount(accountId).orElseThrow(() -> new NotFoundException("Account", accountId)));
    }

    /** The same, for the CRM, by CRM id. */
    public AccountTimeToValue ofAccount(String crmId) {
        return measure(queries.latestOfAccount(crmId).orElseThrow(() -> new NotFoundException("Account", crmId)));
    }

    /** The metrics of one onboarding CTA; 404 for a CTA of another type. */
    public AccountTimeToValue ofOnboarding(UUID ctaId) {
        return measure(queries.ofOnboarding(ctaId).orElseThrow(() -> new NotFoundException("Onboarding CTA", ctaId)));
    }

    public MetricGoals goals() {
        Map<TimeToValueMetric, Integer> days =
                goals.findAll().stream().collect(Collectors.toMap(MetricGoal::metric, MetricGoal::goalDays));
        return new MetricGoals(
                days.get(TimeToValueMetric.TIME_TO_ENGAGE),
                days.get(TimeToValueMetric.TIME_TO_FIRST_VALUE),
                days.get(TimeToValueMetric.TIME_TO_ONBOARD));
    }

    /** The goals with their versions, in the order of DOMAIN 7's table. */
    public List<MetricGoalView> goalSettings() {
        return goals.findAll().stream()
                .map(MetricGoal::view)
                .sorted(Comparator.comparing(MetricGoalView::metric))
                .toList();
    }

    /**
     * An admin changes the goals: each between 1 and 3650 days, each based on the version the admin
     * saw (a goal changed meanwhile makes the whole edit stale, and nothing is saved).
     */
    @Transactional
    public void changeGoals(List<GoalChange> changes, CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedToObjectException("Only admins change the time-to-value goals");
        }
        Map<TimeToValueMetric, MetricGoal> current =
                goals.findAll().stream().collect(Collectors.toMap(MetricGoal::metric, Function.identity()));
        for (GoalChange change : changes) {
            if (change.goalDays() < MIN_GOAL_DAYS || change.goalDays() > MAX_GOAL_DAYS) {
                throw new InvalidInputException(
                        change.metric().key(),
                        "metrics.goals.range",
                        "A goal is between " + MIN_GOAL_DAYS + " and " + MAX_GOAL_DAYS + " days");
            }
            MetricGoal goal = current.get(change.metric());
            if (goal == null || goal.version() != change.basedOnVersion()) {
                throw new StaleEditException("Metric goal");
            }
        }
        changes.forEach(c -> current.get(c.metric()).change(c.goalDays(), admin.id(), clock.instant()));
        try {
            goals.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("Metric goal");
        }
    }

    private AccountTimeToValue measure(OnboardingDates dates) {
        LocalDate today = LocalDate.now(clock);
        return new AccountTimeToValue(
                dates.accountId(),
                dates.ctaId(),
                dates.startDate(),
                dates.closedDate(),
                dates.originalContractDate(),
                dates.firstValueDate(),
                dates.firstEngagementDate(),
                TimeToValueCalculator.calculate(dates.facts(), goals(), today),
                today);
    }
}
