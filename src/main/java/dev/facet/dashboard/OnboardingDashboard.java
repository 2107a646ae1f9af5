package dev.facet.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Customer Onboarding dashboard as a read API (the page, its exports and the weekly report use
 * it): every method is one SQL statement over the onboardings a filter selects, as of today by the
 * application clock.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingDashboard {

    /** Cohort figures cover at most this many start months: the latest ones of the scope. */
    public static final int MAX_COHORTS = OnboardingDashboardQueries.MAX_COHORTS;

    private final OnboardingDashboardQueries queries;
    private final Clock clock;

    OnboardingDashboard(OnboardingDashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OnboardingCounts counts(OnboardingFilter filter) {
        return queries.counts(filter, today());
    }

    /** A burn-down list, the longest waiting first. */
    public Page<OnboardingRow> burnDown(BurnDownList list, OnboardingFilter filter, Pageable pageable) {
        return queries.onboardings(filter, list.selection(), today(), pageable);
    }

    /** The onboardings behind any figure of the dashboard. */
    public Page<OnboardingRow> onboardings(OnboardingFilter filter, OnboardingSelection selection, Pageable pageable) {
        return queries.onboardings(filter, selection, today(), pageable);
    }

    /** Hands every onboarding of the selection to {@code sink}, streamed from the database (for exports). */
    public void eachOnboarding(OnboardingFilter filter, OnboardingSelection selection, Consumer<OnboardingRow> sink) {
        try (Stream<OnboardingRow> rows = queries.streamOnboardings(filter, selection, today())) {
            rows.forEach(sink);
        }
    }

    /** Start-month cohorts, oldest first; at most the latest {@value #MAX_COHORTS} months. */
    public List<Cohort> cohorts(OnboardingFilter filter) {
        return queries.cohorts(filter, today());
    }

    public DaysDistribution distribution(OnboardingFilter filter) {
        return queries.distribution(filter, today());
    }

    /** Onboardings of the scope that started on or after {@code since}, the newest first. */
    public Page<OnboardingRow> newOnboardings(OnboardingFilter filter, LocalDate since, Pageable pageable) {
        return queries.newOnboardings(filter, since, today(), pageable);
    }

    /** Open tasks past their due date on the scope's open onboardings, the oldest first. */
    public Page<TaskItem> overdueTasks(OnboardingFilter filter, Pageable pageable) {
        return queries.overdueTasks(filter, today(), pageable);
    }
}
