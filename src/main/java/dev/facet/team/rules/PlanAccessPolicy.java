package dev.facet.team.rules;

import dev.facet.team.PlanAudience;
import java.util.UUID;

/**
 * Who may do what with a plan (DOMAIN 10, 11). The new hire, the plan's manager and the buddy see the
 * plan, and admins see every plan; nobody else does, so another TAM is refused even with the plan's
 * id. Each checklist is ticked only by its own person: the new hire's by the new hire, the manager's
 * by the plan's manager, the buddy's by the buddy. Admins keep the template and may end a plan but
 * tick nothing: they do not work onboardings (DOMAIN 11). The plan's manager or an admin ends a plan.
 */
public final class PlanAccessPolicy {

    private PlanAccessPolicy() {}

    public static boolean maySee(PlanParticipants plan, UUID viewer, boolean admin) {
        return admin || isParticipant(plan, viewer);
    }

    public static boolean mayTick(PlanParticipants plan, PlanAudience audience, UUID actor) {
        UUID owner = switch (audience) {
            case NEW_HIRE -> plan.newHire();
            case MANAGER -> plan.manager();
            case BUDDY -> plan.buddy();
        };
        return owner.equals(actor);
    }

    public static boolean mayManage(PlanParticipants plan, UUID actor, boolean admin) {
        return admin || plan.manager().equals(actor);
    }

    private static boolean isParticipant(PlanParticipants plan, UUID viewer) {
        return plan.newHire().equals(viewer)
                || plan.manager().equals(viewer)
                || plan.buddy().equals(viewer);
    }
}
