package dev.facet.team;

import dev.facet.security.CurrentUser;
import dev.facet.security.UserReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role play as the log shows it; {@code feedback} is null until the giver writes it. */
public record RolePlayView(
        UUID id,
        UUID newHireId,
        LocalDate date,
        String topic,
        UserReference giver,
        FeedbackGiverRole giverRole,
        UUID loggedById,
        @Nullable String feedback,
        @Nullable Instant feedbackAt,
        long version) {

    public boolean hasFeedback() {
        return feedback != null;
    }

    /** Both who took part, the new hire and the giver, keep its date and topic right. */
    public boolean mayBeEditedBy(CurrentUser user) {
        return newHireId.equals(user.id()) || giver.id().equals(user.id());
    }

    /** The feedback is the giver's own words. */
    public boolean mayGetFeedbackFrom(CurrentUser user) {
        return giver.id().equals(user.id());
    }

    /** Whoever logged it may take it back. */
    public boolean mayBeDeletedBy(CurrentUser user) {
        return loggedById.equals(user.id());
    }
}
