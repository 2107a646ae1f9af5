package dev.facet.cta.rules;

import dev.facet.account.Gemstone;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One version of a trigger rule's settings. Thresholds are per segment; a null threshold means the
 * segment never qualifies by ARR (SMB by default).
 */
public record RuleSettings(
        TriggerRule rule,
        int version,
        boolean enabled,
        @Nullable BigDecimal enterpriseArrThreshold,
        @Nullable BigDecimal midMarketArrThreshold,
        @Nullable BigDecimal smbArrThreshold,
        @Nullable Gemstone minimumGemstone) {

    /** The same switch, thresholds (50000 equals 50000.00) and gemstone, whatever the version. */
    public boolean sameSettingsAs(RuleSettings other) {
        return rule == other.rule
                && enabled == other.enabled
                && sameAmount(enterpriseArrThreshold, other.enterpriseArrThreshold)
                && sameAmount(midMarketArrThreshold, other.midMarketArrThreshold)
                && sameAmount(smbArrThreshold, other.smbArrThreshold)
                && minimumGemstone == other.minimumGemstone;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** PubSec accounts use the ENTERPRISE threshold whatever their segment (DOMAIN 3). */
    public @Nullable BigDecimal arrThreshold(Segment segment, boolean publicSector) {
        if (publicSector) {
            return enterpriseArrThreshold;
        }
        return switch (segment) {
            case ENTERPRISE -> enterpriseArrThreshold;
            case MID_MARKET -> midMarketArrThreshold;
            case SMB -> smbArrThreshold;
        };
    }

    /** Which threshold applies, as the explanation names it. */
    public static String thresholdName(Segment segment, boolean publicSector) {
        return publicSector ? "PubSec (ENTERPRISE)" : segment.name();
    }
}
