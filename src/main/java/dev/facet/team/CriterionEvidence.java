package dev.facet.team;

/**
 * What a graduation criterion is checked against: the plan items linked to it, or the shadowing and
 * role-play logs (DOMAIN 10: "graduation is checked against the criteria").
 */
public enum CriterionEvidence {
    PLAN_ITEMS,
    SHADOWING,
    ROLE_PLAYS
}
