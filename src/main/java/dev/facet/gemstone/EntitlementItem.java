package dev.facet.gemstone;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entitlement on the account's checklist: scheduled when checkedAt is set. */
public record EntitlementItem(
        int id,
        EntitlementCategory category,
        String description,
        @Nullable Instant checkedAt) {

    public boolean scheduled() {
        return checkedAt != null;
    }
}
