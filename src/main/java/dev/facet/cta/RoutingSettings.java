package dev.facet.cta;

import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who gets an account's ASSIGN_TAM item: the manager of its segment and region, else the fallback
 * manager; how many days the manager has, how many days a RISK item gets, and how far ahead a CTA
 * may be snoozed.
 */
public record RoutingSettings(
        Map<Cell, UUID> managers,
        @Nullable UUID fallbackManagerId,
        int assignTamDueDays,
        int riskDueDays,
        int snoozeMaxDays,
        long version) {

    public record Cell(Segment segment, Region region) {}

    public @Nullable UUID managerFor(Segment segment, Region region) {
        UUID manager = managers.get(new Cell(segment, region));
        return manager != null ? manager : fallbackManagerId;
    }

    /** For templates, which cannot build a record key: the manager id of one cell, or null. */
    public @Nullable UUID managerOf(Segment segment, Region region) {
        return managers.get(new Cell(segment, region));
    }
}
