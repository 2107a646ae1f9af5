package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The gemstone part of the account page: the gemstone and why, its entitlements as a checklist that
 * must be scheduled by {@code scheduleBy} (purchase + 30 days), and the history.
 */
public record GemstonePanel(
        UUID accountId,
        @Nullable Gemstone gemstone,
        @Nullable String because,
        LocalDate scheduleBy,
        boolean overdue,
        List<EntitlementItem> entitlements,
        List<GemstoneHistoryEntry> history,
        boolean editable) {

    public long scheduledCount() {
        return entitlements.stream().filter(EntitlementItem::scheduled).count();
    }
}
