package dev.facet.team;

/** A plan runs until its manager (or an admin) ends it; only one active plan per new hire. */
public enum PlanStatus {
    ACTIVE,
    CANCELLED
}
