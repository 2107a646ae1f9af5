package dev.facet.team;

/**
 * A plan runs until its manager (or an admin) ends it, cancelled or graduated; only one active plan per
 * new hire. A graduated plan is read-only.
 */
public enum PlanStatus {
    ACTIVE,
    CANCELLED,
    GRADUATED
}
