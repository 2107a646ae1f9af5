package dev.facet.account.api;

import dev.facet.account.OpportunityStage;
import dev.facet.account.OpportunityType;
import dev.facet.account.OpportunityView;
import java.math.BigDecimal;
import java.time.LocalDate;

record OpportunityResource(
        String crmId, OpportunityType type, OpportunityStage stage, BigDecimal amount, LocalDate closeDate) {

    static OpportunityResource of(OpportunityView o) {
        return new OpportunityResource(o.crmId(), o.type(), o.stage(), o.amount(), o.closeDate());
    }
}
