package dev.facet.team;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A role play as the new hire or the giver corrected it; {@code version} is the version the editor saw.
 *
 * @param feedback the giver's feedback as they now write it (blank takes it back); {@code null} when
 *     the edit does not touch the feedback, as for every edit but the giver's
 */
public record RolePlayEdit(
        LocalDate date, String topic, @Nullable String feedback, long version) {}
