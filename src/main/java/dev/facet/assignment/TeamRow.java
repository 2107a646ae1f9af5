package dev.facet.assignment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One TAM of the team table. The goal shares count the TAM's onboarding CTAs (open and closed) whose
 * metric is decided: MET out of MET, MISSED and OVERDUE; ON_TRACK ones are not decided yet and left
 * out. A share is null when nothing is decided.
 */
public record TeamRow(
        UUID tamId,
        String name,
        boolean teamMember,
        long accounts,
        long openOnboardings,
        long overdueTasks,
        GoalShare engage,
        GoalShare firstValue,
        GoalShare onboard) {

    /** {@code met} of {@code decided} onboardings met the goal. */
    public record GoalShare(long met, long decided) {

        public @Nullable Integer percent() {
            return decided == 0 ? null : Math.toIntExact(Math.round(100.0 * met / decided));
        }
    }
}
