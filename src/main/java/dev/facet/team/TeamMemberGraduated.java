package dev.facet.team;

import java.util.UUID;

/** A new hire graduated from team onboarding: from now on they take accounts without a warning. */
public record TeamMemberGraduated(UUID userId, UUID planId) {}
