package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record OpportunityView(
        UUID id, String crmId, OpportunityType type, OpportunityStage stage, BigDecimal amount, LocalDate closeDate) {}
