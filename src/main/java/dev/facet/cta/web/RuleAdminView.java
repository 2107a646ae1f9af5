package dev.facet.cta.web;

import dev.facet.cta.RuleVersionView;
import dev.facet.cta.rules.Money;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One rule as the admin page shows it: the version in force and every version saved. */
public record RuleAdminView(TriggerRule rule, RuleSettings current, List<Row> history) {

    /** One saved version, thresholds as dollars (null: the segment never qualifies). */
    public record Row(
            int version,
            Instant createdAt,
            @Nullable String createdBy,
            boolean enabled,
            @Nullable String enterprise,
            @Nullable String midMarket,
            @Nullable String smb,
            RuleSettings settings) {}

    static RuleAdminView of(RuleSettings current, List<RuleVersionView> versions) {
        return new RuleAdminView(
                current.rule(),
                current,
                versions.stream()
                        .map(v -> new Row(
                                v.settings().version(),
                                v.createdAt(),
                                v.createdBy(),
                                v.settings().enabled(),
                                dollars(v.settings().enterpriseArrThreshold()),
                                dollars(v.settings().midMarketArrThreshold()),
                                dollars(v.settings().smbArrThreshold()),
                                v.settings()))
                        .toList());
    }

    private static @Nullable String dollars(@Nullable BigDecimal amount) {
        return amount == null ? null : Money.dollars(amount);
    }
}
