package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Open → done, open → not applicable (with a note), closed → open; every other move is refused. */
class PlanItemTransitionsTests {

    private static final UUID BY = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            from,           action,         outcome
            OPEN,           DONE,           DONE
            OPEN,           NOT_APPLICABLE, NOT_APPLICABLE
            OPEN,           REOPEN,         REFUSED
            DONE,           DONE,           REFUSED
            DONE,           NOT_APPLICABLE, REFUSED
            DONE,           REOPEN,         OPEN
            NOT_APPLICABLE, DONE,           REFUSED
            NOT_APPLICABLE, NOT_APPLICABLE, REFUSED
            NOT_APPLICABLE, REOPEN,         OPEN
            """)
    void transitions(PlanItemStatus from, String action, String outcome) {
        PlanItem item = itemIn(from);
        Runnable move = switch (action) {
            case "DONE" -> () -> item.markDone(BY, NOW);
            case "NOT_APPLICABLE" -> () -> item.markNotApplicable("  Certified before joining  ", BY, NOW);
            default -> item::reopen;
        };
        if (outcome.equals("REFUSED")) {
            assertThatThrownBy(move::run).isInstanceOf(ConflictException.class);
            assertThat(item.status()).isEqualTo(from);
            return;
        }
        move.run();
        PlanItemStatus expected = PlanItemStatus.valueOf(outcome);
        assertThat(item.status()).isEqualTo(expected);
        if (expected == PlanItemStatus.OPEN) {
            assertThat(item.closedAt()).isNull();
            assertThat(item.closedBy()).isNull();
            assertThat(item.note()).isNull();
        } else {
            assertThat(item.closedAt()).isEqualTo(NOW);
            assertThat(item.closedBy()).isEqualTo(BY);
            assertThat(item.note())
                    .isEqualTo(expected == PlanItemStatus.NOT_APPLICABLE ? "Certified before joining" : null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void notApplicableNeedsANote(String note) {
        PlanItem item = itemIn(PlanItemStatus.OPEN);
        assertThatThrownBy(() -> item.markNotApplicable(note, BY, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("team.plan.item.noteRequired"));
        assertThatThrownBy(() -> item.markNotApplicable(null, BY, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> item.markNotApplicable("x".repeat(2001), BY, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(item.status()).isEqualTo(PlanItemStatus.OPEN);
    }

    private static PlanItem itemIn(PlanItemStatus status) {
        var item = new PlanItem(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2027, 4, 1));
        switch (status) {
            case DONE -> item.markDone(BY, NOW.minusSeconds(60));
            case NOT_APPLICABLE -> item.markNotApplicable("Certified before joining", BY, NOW.minusSeconds(60));
            case OPEN -> {}
        }
        return item;
    }
}
