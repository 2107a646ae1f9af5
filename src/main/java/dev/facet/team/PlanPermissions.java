package dev.facet.team;

/** What the reader of a plan may do on it, so pages offer only what the service would allow. */
public record PlanPermissions(boolean tickNewHire, boolean tickManager, boolean tickBuddy, boolean manage) {

    public boolean mayTick(PlanAudience audience) {
        return switch (audience) {
            case NEW_HIRE -> tickNewHire;
            case MANAGER -> tickManager;
            case BUDDY -> tickBuddy;
        };
    }
}
