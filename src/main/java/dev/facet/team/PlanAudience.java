package dev.facet.team;

/** Whose checklist an item is on, and so who ticks it. */
public enum PlanAudience {
    NEW_HIRE,
    MANAGER,
    BUDDY
}
