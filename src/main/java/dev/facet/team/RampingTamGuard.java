package dev.facet.team;

import dev.facet.account.TamAssignmentGuard;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The account pages' guard: assigning a TAM still ramping up needs the manager's confirmation. */
@Component
class RampingTamGuard implements TamAssignmentGuard {

    private final TeamPlanManagement plans;

    RampingTamGuard(TeamPlanManagement plans) {
        this.plans = plans;
    }

    @Override
    public Set<UUID> needingConfirmation(Collection<UUID> tamIds) {
        return plans.rampingAmong(tamIds);
    }
}
