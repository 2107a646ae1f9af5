package dev.facet.team.rules;

import java.util.UUID;

/** The three people of a plan. */
public record PlanParticipants(UUID newHire, UUID manager, UUID buddy) {}
