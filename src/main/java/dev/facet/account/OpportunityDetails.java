package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;

public record OpportunityDetails(
        OpportunityType type, OpportunityStage stage, BigDecimal amount, LocalDate closeDate) {}
