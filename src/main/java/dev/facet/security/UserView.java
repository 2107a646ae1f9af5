package dev.facet.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and pages see it (never the password hash).
 *
 * @param weeklyReport whether the user asked for the weekly onboarding report by mail
 * @param dailyDigests whether the user gets the daily reminder digests (on unless they switched them off)
 */
public record UserView(
        UUID id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        @Nullable UUID managerId,
        String timeZone,
        boolean active,
        boolean weeklyReport,
        boolean dailyDigests,
        long version) {

    /** A user who has not subscribed to the weekly report and gets the daily digests. */
    public UserView(
            UUID id,
            String username,
            String displayName,
            String email,
            Set<Role> roles,
            @Nullable UUID managerId,
            String timeZone,
            boolean active,
            long version) {
        this(id, username, displayName, email, roles, managerId, timeZone, active, false, true, version);
    }
}
