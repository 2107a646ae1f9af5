package dev.facet.cta;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The cockpit's filters: whose CTAs ({@code ownerIds}, never empty), type, status (null: every open
 * CTA), whether snoozed ones show, and part of the account's name.
 */
public record CockpitFilter(
        List<UUID> ownerIds,
        @Nullable CtaType type,
        @Nullable CtaStatus status,
        boolean withSnoozed,
        @Nullable String accountName) {

    public CockpitFilter {
        ownerIds = List.copyOf(ownerIds);
        if (ownerIds.isEmpty()) {
            throw new IllegalArgumentException("A cockpit shows someone's CTAs");
        }
        accountName = accountName == null || accountName.isBlank() ? null : accountName.strip();
    }

    /** One person's cockpit with the filters of old: type, status and snoozed. */
    public static CockpitFilter of(
            UUID ownerId, @Nullable CtaType type, @Nullable CtaStatus status, boolean withSnoozed) {
        return new CockpitFilter(List.of(ownerId), type, status, withSnoozed, null);
    }
}
