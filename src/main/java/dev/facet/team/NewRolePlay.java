package dev.facet.team;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A role play as it is first logged: by the new hire, naming who gives feedback, or by that person
 * (then {@code giverId} is theirs, and they may write the feedback at once).
 */
public record NewRolePlay(
        UUID newHireId,
        LocalDate date,
        String topic,
        UUID giverId,
        @Nullable String feedback) {}
