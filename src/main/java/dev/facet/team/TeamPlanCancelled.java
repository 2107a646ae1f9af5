package dev.facet.team;

import java.util.UUID;

/** A plan was ended before graduation; the new hire may get a new plan. */
public record TeamPlanCancelled(UUID planId, UUID newHireId) {}
