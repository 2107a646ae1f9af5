package dev.facet.cta;

import dev.facet.cta.rules.RuleSettings;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of a rule, with who saved it (null for the seeded first version). */
public record RuleVersionView(
        RuleSettings settings, Instant createdAt, @Nullable String createdBy) {}
