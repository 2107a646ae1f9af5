package dev.facet.team;

import java.time.LocalDate;
import java.util.UUID;

/** What a manager gives to start a new hire's plan. */
public record NewTeamPlan(UUID newHireId, UUID managerId, UUID buddyId, LocalDate startDate) {}
