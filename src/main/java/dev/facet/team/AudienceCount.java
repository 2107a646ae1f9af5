package dev.facet.team;

import java.util.UUID;

/** One checklist of one plan, counted: items, closed ones, open ones past their due date. */
record AudienceCount(UUID planId, PlanAudience audience, long total, long closed, long overdue) {}
