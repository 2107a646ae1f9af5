package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.UserReference;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer meeting the new hire led with a colleague joining, as the log shows it. */
public record CoLedMeetingView(
        UUID id,
        UUID newHireId,
        LocalDate date,
        UUID accountId,
        @Nullable String accountName,
        UserReference joinedBy,
        String notes,
        long version) {

    /** The colleague who joined logged it, and only they edit or delete it. */
    public boolean mayBeEditedBy(CurrentUser user) {
        return joinedBy.id().equals(user.id());
    }
}
