package dev.facet.team;

import java.time.LocalDate;
import java.util.UUID;

/** A new hire's onboarding plan started. */
public record TeamPlanStarted(UUID planId, UUID newHireId, UUID managerId, UUID buddyId, LocalDate startDate) {}
