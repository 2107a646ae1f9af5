package dev.facet.cta;

import dev.facet.cta.rules.TriggerRule;
import java.time.Instant;

public record CtaFiringView(TriggerRule rule, int ruleVersion, String inputs, Instant firedAt) {}
