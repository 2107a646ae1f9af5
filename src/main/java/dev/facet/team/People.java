package dev.facet.team;

import dev.facet.security.UserReference;
import java.util.Map;
import java.util.UUID;

/** The names of the users a page of log entries mentions, read in one query. */
record People(Map<UUID, UserReference> byId) {

    UserReference of(UUID id) {
        UserReference person = byId.get(id);
        // a user row is never deleted, so this is only a guard against a read between two commits
        return person != null ? person : new UserReference(id, "?", "?");
    }
}
