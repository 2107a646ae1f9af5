package dev.facet.team;

/**
 * The stages of call shadowing a new hire goes through (csm-team-onboarding.md, Module 1: "understand
 * the different stages of call shadowing"). The handbook names them through the buddy's expectations:
 * the new hire first listens in, then shadows the buddy's calls and assists with note taking (month 2),
 * then co-leads calls with the buddy (month 3), and finally leads customer meetings with the buddy
 * joining (the first 5-10).
 */
public enum ShadowingStage {
    /** Listening in on an established colleague's call. */
    OBSERVE,
    /** Shadowing the buddy's call, assisting with note taking, and debriefing afterwards. */
    TAKE_NOTES,
    /** Leading the call together with the buddy. */
    CO_LEAD,
    /** Leading the call while the buddy or the manager joins and gives feedback (a reverse shadow). */
    LEAD
}
