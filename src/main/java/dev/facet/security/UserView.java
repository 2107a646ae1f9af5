package dev.facet.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and pages see it (never the password hash).
 *
 * @param weeklyReport whether the user asked for the weekly onboarding report by mail
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
        long version) {

    /** A user who has not subscribed to the weekly report. */
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
        this(id, username, displayName, email, roles, managerId, timeZone, active, false, version);
    }
}
