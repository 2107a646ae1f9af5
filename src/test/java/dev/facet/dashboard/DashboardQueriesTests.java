package dev.facet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.security.UserManagement;
import dev.facet.support.ApplicationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboards' SQL against the hand-computed figures of {@link FixedDataSet}. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueriesTests {

    private static final PageRequest FIRST = PageRequest.of(0, 50);

    @Autowired
    OnboardingDashboard onboarding;

    @Autowired
    TamDashboard tamDashboard;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    FixedDataSet data;
    LocalDate today;

    @BeforeAll
    void createDataSet() {
        today = LocalDate.now(clock);
        data = FixedDataSet.create(users, jdbc, today);
    }

    @Test
    void countsEachStateOfEachMetric() {
        OnboardingCounts counts = onboarding.counts(data.filter());

        assertThat(counts.total()).isEqualTo(7);
        assertThat(counts.open()).isEqualTo(4);
        assertThat(counts.closed()).isEqualTo(3);
        assertThat(counts.atRisk()).as("B1 is at risk but closed").isEqualTo(1);
        assertThat(counts.goals())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Metric.TIME_TO_ENGAGE, 14, Metric.TIME_TO_FIRST_VALUE, 30, Metric.TIME_TO_ONBOARD, 45));
        // A closed onboarding is final: what it never reached counts as missed, never overdue.
        assertThat(counts.states().get(Metric.TIME_TO_ENGAGE)).isEqualTo(new StateCounts(3, 2, 1, 1, 1));
        assertThat(counts.states().get(Metric.TIME_TO_FIRST_VALUE)).isEqualTo(new StateCounts(2, 2, 1, 2, 2));
        assertThat(counts.states().get(Metric.TIME_TO_ONBOARD)).isEqualTo(new StateCounts(2, 1, 2, 2, 2));
    }

    @Test
    void burnDownListsHoldOpenOverdueOnboardingsLongestWaitingFirst() {
        assertThat(accounts(onboarding
                        .burnDown(BurnDownList.NOT_ENGAGED, data.filter(), FIRST)
                        .getContent()))
                .containsExactly(data.c2());
        var noFirstValue = onboarding.burnDown(BurnDownList.NO_FIRST_VALUE, data.filter(), FIRST);
        assertThat(accounts(noFirstValue.getContent())).containsExactly(data.c3(), data.c2());
        assertThat(noFirstValue.getContent().getFirst().elapsed(Metric.TIME_TO_FIRST_VALUE))
                .isEqualTo(100);
        assertThat(accounts(onboarding
                        .burnDown(BurnDownList.NOT_ONBOARDED, data.filter(), FIRST)
                        .getContent()))
                .containsExactly(data.a3(), data.c3());
    }

    @Test
    void burnDownPagesCarryTheirTotal() {
        var first = onboarding.burnDown(BurnDownList.NO_FIRST_VALUE, data.filter(), PageRequest.of(0, 1));
        var second = onboarding.burnDown(BurnDownList.NO_FIRST_VALUE, data.filter(), PageRequest.of(1, 1));
        var beyond = onboarding.burnDown(BurnDownList.NO_FIRST_VALUE, data.filter(), PageRequest.of(5, 1));

        assertThat(accounts(first.getContent())).containsExactly(data.c3());
        assertThat(accounts(second.getContent())).containsExactly(data.c2());
        assertThat(first.getTotalElements()).isEqualTo(2);
        assertThat(second.getTotalElements()).isEqualTo(2);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(2);
    }

    @Test
    void rowsCarryDaysAndStates() {
        OnboardingRow a2 = onboarding.onboardings(data.filter(), OnboardingSelection.all(), FIRST).getContent().stream()
                .filter(r -> r.accountId().equals(data.a2()))
                .findFirst()
                .orElseThrow();

        assertThat(a2.engageDays()).isEqualTo(30);
        assertThat(a2.engageState()).isEqualTo(MetricState.MISSED);
        assertThat(a2.firstEngagementDate()).isEqualTo(LocalDate.parse("2025-02-19"));
        assertThat(a2.firstValueDays()).isNull();
        assertThat(a2.firstValueState()).as("closed without first value").isEqualTo(MetricState.MISSED);
        assertThat(a2.onboardDays()).isEqualTo(75);
        assertThat(a2.onboardState()).isEqualTo(MetricState.MISSED);
    }

    @Test
    void selectionsNarrowToTheAccountsBehindAFigure() {
        assertThat(accounts(onboarding
                        .onboardings(
                                data.filter(),
                                new OnboardingSelection(Metric.TIME_TO_ENGAGE, MetricState.MET, null, null, null),
                                FIRST)
                        .getContent()))
                .containsExactly(data.a3(), data.a1(), data.c3());
        assertThat(accounts(onboarding
                        .onboardings(
                                data.filter(),
                                new OnboardingSelection(null, null, OnboardingStatus.AT_RISK, null, null),
                                FIRST)
                        .getContent()))
                .containsExactly(data.c2());
        assertThat(accounts(onboarding
                        .onboardings(
                                data.filter(),
                                new OnboardingSelection(Metric.TIME_TO_ONBOARD, null, null, 31, 45),
                                FIRST)
                        .getContent()))
                .containsExactly(data.a1(), data.b1());
    }

    @Test
    void filtersNarrowTheScope() {
        UUID tam = data.tam().id();
        assertThat(onboarding
                        .counts(new OnboardingFilter(Segment.ENTERPRISE, null, null, null, tam, null, null))
                        .total())
                .isEqualTo(3);
        assertThat(onboarding
                        .counts(new OnboardingFilter(null, Region.APAC, null, null, tam, null, null))
                        .total())
                .isEqualTo(3);
        assertThat(onboarding
                        .counts(new OnboardingFilter(
                                null, null, dev.facet.account.Gemstone.RUBY, null, tam, null, null))
                        .total())
                .isEqualTo(2);
        assertThat(onboarding
                        .counts(new OnboardingFilter(
                                null, null, null, data.manager().id(), null, null, null))
                        .total())
                .isEqualTo(7);
        YearMonth january = YearMonth.of(2025, 1);
        assertThat(onboarding.counts(data.filter().withMonths(january, january)).total())
                .isEqualTo(3);
        assertThat(onboarding
                        .counts(data.filter().withMonths(january, YearMonth.of(2025, 2)))
                        .total())
                .isEqualTo(4);
    }

    @Test
    void cohortsShareMeetingEachGoalAmongDecidedOnesAndMedianDays() {
        List<Cohort> cohorts = onboarding.cohorts(data.filter());
        Cohort january = cohort(cohorts, YearMonth.of(2025, 1));
        Cohort february = cohort(cohorts, YearMonth.of(2025, 2));

        assertThat(january.onboardings()).isEqualTo(3);
        assertThat(january.metric(Metric.TIME_TO_ENGAGE)).isEqualTo(new CohortMetric(2, 1, 0, 0, 5.0));
        assertThat(january.metric(Metric.TIME_TO_ENGAGE).sharePercent()).isEqualTo(66.7);
        assertThat(january.metric(Metric.TIME_TO_FIRST_VALUE)).isEqualTo(new CohortMetric(1, 2, 0, 0, 40.0));
        assertThat(january.metric(Metric.TIME_TO_FIRST_VALUE).sharePercent()).isEqualTo(33.3);
        assertThat(january.metric(Metric.TIME_TO_ONBOARD)).isEqualTo(new CohortMetric(1, 1, 0, 1, 54.5));

        assertThat(february.onboardings()).isEqualTo(1);
        assertThat(february.metric(Metric.TIME_TO_ENGAGE))
                .as("closed, never engaged")
                .isEqualTo(new CohortMetric(0, 1, 0, 0, null));
        assertThat(february.metric(Metric.TIME_TO_ENGAGE).sharePercent()).isEqualTo(0.0);
        assertThat(february.metric(Metric.TIME_TO_FIRST_VALUE).medianDays()).isEqualTo(10.0);
        assertThat(february.metric(Metric.TIME_TO_ONBOARD).sharePercent()).isEqualTo(100.0);

        assertThat(cohorts).extracting(Cohort::month).isSorted();
        assertThat(cohorts.stream().mapToLong(Cohort::onboardings).sum()).isEqualTo(7);
    }

    @Test
    void distributionCountsReachedDaysPerBucket() {
        DaysDistribution distribution = onboarding.distribution(data.filter());

        assertThat(distribution.counts().get(Metric.TIME_TO_ENGAGE))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(DaysBucket.UP_TO_7, 2L, DaysBucket.UP_TO_14, 1L, DaysBucket.UP_TO_30, 1L));
        assertThat(distribution.counts().get(Metric.TIME_TO_FIRST_VALUE))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(DaysBucket.UP_TO_14, 1L, DaysBucket.UP_TO_30, 1L, DaysBucket.UP_TO_60, 1L));
        assertThat(distribution.counts().get(Metric.TIME_TO_ONBOARD))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DaysBucket.UP_TO_45, 2L, DaysBucket.UP_TO_90, 1L));
    }

    @Test
    void weeklyReportReadsNewOnboardingsAndOverdueTasks() {
        assertThat(accounts(onboarding
                        .newOnboardings(data.filter(), today.minusDays(30), FIRST)
                        .getContent()))
                .containsExactly(data.c1(), data.c2());
        assertThat(onboarding.overdueTasks(data.filter(), FIRST).getContent())
                .extracting(TaskItem::title)
                .containsExactly("Kickoff", "Call back");
    }

    @Test
    void tamDashboardListsMyOpenOnboardingsWithTheirNextTask() {
        var mine =
                tamDashboard.onboardings(data.tam().id(), ZoneOffset.UTC, FIRST).getContent();

        assertThat(mine)
                .extracting(MyOnboarding::accountId)
                .containsExactly(data.a3(), data.c3(), data.c2(), data.c1());
        MyOnboarding c1 = mine.get(3);
        assertThat(c1.dayNumber()).as("day 0 is the start date").isEqualTo(10);
        assertThat(c1.totalDays()).isEqualTo(45);
        assertThat(c1.nextTaskTitle()).isEqualTo("Kickoff");
        assertThat(c1.nextTaskDue()).isEqualTo(today.minusDays(2));
        assertThat(List.of(c1.engageState(), c1.firstValueState(), c1.onboardState()))
                .containsOnly(MetricState.ON_TRACK);
        assertThat(c1.snoozedUntil()).isNull();
        MyOnboarding c2 = mine.get(2);
        assertThat(c2.snoozedUntil()).isEqualTo(today.plusDays(5));
        assertThat(c2.engageState()).isEqualTo(MetricState.OVERDUE);
        assertThat(mine.get(1).nextTaskTitle()).as("done tasks are not next").isEqualTo("Adoption check");
        assertThat(mine.getFirst().nextTaskId()).isNull();
    }

    @Test
    void tamDashboardListsTasksByWindowLeavingOutSnoozedAndClosedCtas() {
        assertThat(tamDashboard
                        .tasks(data.tam().id(), ZoneOffset.UTC, TaskWindow.OVERDUE, FIRST)
                        .getContent())
                .extracting(TaskItem::title)
                .containsExactly("Escalate", "Kickoff");
        assertThat(tamDashboard
                        .tasks(data.tam().id(), ZoneOffset.UTC, TaskWindow.THIS_WEEK, FIRST)
                        .getContent())
                .extracting(TaskItem::title)
                .containsExactly("Workshop", "Adoption check");
        var snoozed = tamDashboard.snoozed(data.tam().id(), ZoneOffset.UTC, FIRST);
        assertThat(snoozed.getTotalElements()).isEqualTo(1);
        assertThat(snoozed.getContent().getFirst().ctaId()).isEqualTo(data.c2Cta());
    }

    private static List<UUID> accounts(List<OnboardingRow> rows) {
        return rows.stream().map(OnboardingRow::accountId).toList();
    }

    private static Cohort cohort(List<Cohort> cohorts, YearMonth month) {
        return cohorts.stream().filter(c -> c.month().equals(month)).findFirst().orElseThrow();
    }
}
