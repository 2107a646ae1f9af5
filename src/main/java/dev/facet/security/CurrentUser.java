package dev.facet.security;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** The signed-in user, as controllers receive it (declare a {@code CurrentUser} parameter). */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, ZoneId timeZone) {

    public boolean isManager() {
        return roles.contains(Role.MANAGER);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Managers and admins maintain account records; a TAM works the accounts they own. */
    public boolean maintainsAccounts() {
        return isManager() || isAdmin();
    }
}
