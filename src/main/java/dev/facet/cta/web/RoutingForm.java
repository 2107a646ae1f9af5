package dev.facet.cta.web;

import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.cta.RoutingSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The admin's form for the routing table: one manager per cell, keyed {@code SEGMENT_REGION}; a blank
 * cell falls back to the fallback manager.
 */
public class RoutingForm {

    private Map<String, @Nullable UUID> managers = new LinkedHashMap<>();

    private @Nullable UUID fallbackManagerId;

    @NotNull
    @Min(0)
    @Max(CtaRulesAdministration.MAX_DUE_DAYS)
    private @Nullable Integer assignTamDueDays;

    @NotNull
    @Min(0)
    @Max(CtaRulesAdministration.MAX_DUE_DAYS)
    private @Nullable Integer riskDueDays;

    @NotNull
    @Min(1)
    @Max(CtaRulesAdministration.MAX_DUE_DAYS)
    private @Nullable Integer snoozeMaxDays;

    private long version;

    static String key(Segment segment, Region region) {
        return segment.name() + "_" + region.name();
    }

    static RoutingForm of(RoutingSettings settings) {
        var form = new RoutingForm();
        for (Segment segment : Segment.values()) {
            for (Region region : Region.values()) {
                form.managers.put(key(segment, region), settings.managerOf(segment, region));
            }
        }
        form.fallbackManagerId = settings.fallbackManagerId();
        form.assignTamDueDays = settings.assignTamDueDays();
        form.riskDueDays = settings.riskDueDays();
        form.snoozeMaxDays = settings.snoozeMaxDays();
        form.version = settings.version();
        return form;
    }

    /** Only called once Bean Validation passed, so the due days are set. */
    @SuppressWarnings("NullAway")
    RoutingSettings settings() {
        Map<RoutingSettings.Cell, UUID> cells = new HashMap<>();
        for (Segment segment : Segment.values()) {
            for (Region region : Region.values()) {
                UUID manager = managers.get(key(segment, region));
                if (manager != null) {
                    cells.put(new RoutingSettings.Cell(segment, region), manager);
                }
            }
        }
        return new RoutingSettings(
                Map.copyOf(cells), fallbackManagerId, assignTamDueDays, riskDueDays, snoozeMaxDays, version);
    }

    public Map<String, @Nullable UUID> getManagers() {
        return managers;
    }

    public void setManagers(Map<String, @Nullable UUID> managers) {
        this.managers = managers;
    }

    public @Nullable UUID getFallbackManagerId() {
        return fallbackManagerId;
    }

    public void setFallbackManagerId(@Nullable UUID fallbackManagerId) {
        this.fallbackManagerId = fallbackManagerId;
    }

    public @Nullable Integer getAssignTamDueDays() {
        return assignTamDueDays;
    }

    public void setAssignTamDueDays(@Nullable Integer assignTamDueDays) {
        this.assignTamDueDays = assignTamDueDays;
    }

    public @Nullable Integer getRiskDueDays() {
        return riskDueDays;
    }

    public void setRiskDueDays(@Nullable Integer riskDueDays) {
        this.riskDueDays = riskDueDays;
    }

    public @Nullable Integer getSnoozeMaxDays() {
        return snoozeMaxDays;
    }

    public void setSnoozeMaxDays(@Nullable Integer snoozeMaxDays) {
        this.snoozeMaxDays = snoozeMaxDays;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
