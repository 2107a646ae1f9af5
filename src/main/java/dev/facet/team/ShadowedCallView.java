package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.UserReference;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shadowed call as the log shows it. */
public record ShadowedCallView(
        UUID id,
        UUID newHireId,
        LocalDate date,
        @Nullable UUID accountId,
        @Nullable String accountName,
        ShadowingStage stage,
        UserReference shadowedWith,
        String notes,
        long version) {

    /** The new hire keeps their own log: nobody else edits or deletes a shadowed call. */
    public boolean mayBeEditedBy(CurrentUser user) {
        return newHireId.equals(user.id());
    }
}
