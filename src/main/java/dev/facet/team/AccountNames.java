package dev.facet.team;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The names of the accounts a page of log entries mentions, read in one query. */
record AccountNames(Map<UUID, String> byId) {

    @Nullable
    String nameOf(@Nullable UUID id) {
        return id == null ? null : byId.get(id);
    }
}
