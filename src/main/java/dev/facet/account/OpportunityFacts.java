package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What Total Account Value needs to know of one opportunity. */
public record OpportunityFacts(OpportunityType type, OpportunityStage stage, BigDecimal amount, LocalDate closeDate) {}
