package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.ConflictException;
import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN 3's closing, reopening and snooze limits on the CTA itself, one row per side of each edge. */
class CtaLifecycleRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
        closedOn,   refusal
        2026-02-28, cta.close.beforeStart
        2026-03-01, ''
        2026-03-10, ''
        2026-03-11, cta.close.future
        2026-06-10, cta.close.future
        """)
    void closedDatesLieBetweenTheStartAndToday(LocalDate closedOn, String refusal) {
        Cta cta = activity();
        if (refusal.isEmpty()) {
            cta.close(CtaStatus.CLOSED_SUCCESS, closedOn, TODAY, false, NOW);
            assertThat(cta.isOpen()).isFalse();
        } else {
            assertThatThrownBy(() -> cta.close(CtaStatus.CLOSED_SUCCESS, closedOn, TODAY, false, NOW))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageCode()).isEqualTo(refusal));
            assertThat(cta.isOpen()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
        openTasks, confirmed, closes
        0,         false,     true
        2,         false,     false
        2,         true,      true
        """)
    void openTasksNeedAConfirmationThatSaysHowMany(int openTasks, boolean confirmed, boolean closes) {
        Cta cta = activity();
        for (int i = 0; i < openTasks; i++) {
            cta.addTask("Task " + i, "", TODAY, NOW);
        }
        if (closes) {
            cta.close(CtaStatus.CLOSED_SUCCESS, TODAY, TODAY, confirmed, NOW);
            assertThat(cta.isOpen()).isFalse();
        } else {
            assertThatThrownBy(() -> cta.close(CtaStatus.CLOSED_SUCCESS, TODAY, TODAY, confirmed, NOW))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("confirmOpenTasks");
                        assertThat(e.arguments()).containsExactly((long) openTasks);
                    });
        }
    }

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
        until,      maxDays, refusal
        2026-03-10, 90,      cta.snooze.future
        2026-03-11, 90,      ''
        2026-06-08, 90,      ''
        2026-06-09, 90,      cta.snooze.tooLong
        2026-03-20, 7,       cta.snooze.tooLong
        """)
    void aSnoozeEndsAfterTodayAndWithinTheMaximum(LocalDate until, int maxDays, String refusal) {
        Cta cta = activity();
        if (refusal.isEmpty()) {
            cta.snooze(until, "Holidays", TODAY, maxDays, NOW);
            assertThat(cta.snoozed(TODAY)).isTrue();
            assertThat(cta.snoozed(until)).isFalse();
        } else {
            assertThatThrownBy(() -> cta.snooze(until, "Holidays", TODAY, maxDays, NOW))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageCode()).isEqualTo(refusal));
        }
    }

    @org.junit.jupiter.api.Test
    void aClosedCtaReopensToWorkAndAnOpenOneCannot() {
        Cta cta = activity();
        assertThatThrownBy(() -> cta.reopen(NOW)).isInstanceOf(ConflictException.class);
        cta.close(CtaStatus.CLOSED_NOT_A_PRIORITY, TODAY, TODAY, false, NOW);

        cta.reopen(NOW);

        assertThat(cta.isOpen()).isTrue();
        assertThat(cta.status()).isEqualTo(CtaStatus.WORK_IN_PROGRESS);
        assertThat(cta.closedDate()).isNull();
    }

    private static Cta activity() {
        return Cta.byHand(
                Ids.newId(),
                CtaType.ACTIVITY,
                CtaReason.OTHER,
                CtaPriority.LOW,
                Ids.newId(),
                START,
                START.plusDays(30),
                Ids.newId(),
                null,
                NOW);
    }
}
