package dev.facet.team.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.team.MonthProgress;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanItemStatus;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanProgress;
import dev.facet.team.ProgressCount;
import dev.facet.team.rules.PlanProgressCalculator.ItemFacts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Closed (done or not applicable) counts as progress; the months keep done and not applicable apart. */
class PlanProgressCalculatorTests {

    private final UUID module1 = UUID.randomUUID();
    private final UUID module2 = UUID.randomUUID();
    private final UUID emptyModule = UUID.randomUUID();
    private final UUID certificates = UUID.randomUUID();

    @Test
    void countsPerChecklistSectionCriterionAndMonth() {
        PlanProgress progress = PlanProgressCalculator.progress(
                List.of(
                        item(PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, certificates, PlanItemStatus.DONE),
                        item(PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, null, PlanItemStatus.NOT_APPLICABLE),
                        item(PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, null, PlanItemStatus.OPEN),
                        item(PlanAudience.NEW_HIRE, PlanMonth.MONTH_2, module2, certificates, PlanItemStatus.OPEN),
                        item(PlanAudience.MANAGER, PlanMonth.MONTH_1, null, null, PlanItemStatus.DONE),
                        item(PlanAudience.MANAGER, PlanMonth.BEYOND, null, null, PlanItemStatus.OPEN),
                        item(PlanAudience.BUDDY, PlanMonth.MONTH_3, null, null, PlanItemStatus.OPEN)),
                List.of(module1, module2, emptyModule),
                List.of(certificates));

        assertThat(progress.overall()).isEqualTo(new ProgressCount(3, 7));
        assertThat(progress.audience(PlanAudience.NEW_HIRE)).isEqualTo(new ProgressCount(2, 4));
        assertThat(progress.audience(PlanAudience.MANAGER)).isEqualTo(new ProgressCount(1, 2));
        assertThat(progress.audience(PlanAudience.BUDDY)).isEqualTo(new ProgressCount(0, 1));
        assertThat(progress.section(module1)).isEqualTo(new ProgressCount(2, 3));
        assertThat(progress.section(module2)).isEqualTo(new ProgressCount(0, 1));
        assertThat(progress.section(emptyModule)).isEqualTo(ProgressCount.NONE);
        assertThat(progress.bySection()).containsOnlyKeys(module1, module2, emptyModule);
        assertThat(progress.criterion(certificates)).isEqualTo(new ProgressCount(1, 2));
        assertThat(progress.byMonth())
                .containsExactly(
                        new MonthProgress(PlanMonth.MONTH_1, 2, 1, 1),
                        new MonthProgress(PlanMonth.MONTH_2, 0, 0, 1),
                        new MonthProgress(PlanMonth.MONTH_3, 0, 0, 1),
                        new MonthProgress(PlanMonth.BEYOND, 0, 0, 1));
        assertThat(progress.section(module1).percent()).isEqualTo(66);
    }

    @Test
    void anEmptyPlanHasEveryCountAtZero() {
        PlanProgress progress = PlanProgressCalculator.progress(List.of(), List.of(module1), List.of());
        assertThat(progress.overall()).isEqualTo(ProgressCount.NONE);
        assertThat(progress.overall().percent()).isZero();
        assertThat(progress.byAudience()).hasSize(3).containsValue(ProgressCount.NONE);
        assertThat(progress.byMonth()).extracting(MonthProgress::total).containsExactly(0, 0, 0, 0);
    }

    private static ItemFacts item(
            PlanAudience audience, PlanMonth month, UUID section, UUID criterion, PlanItemStatus status) {
        return new ItemFacts(audience, month, section, criterion, status);
    }
}
