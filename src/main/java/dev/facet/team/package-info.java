/**
 * Team (CSM/TAM) onboarding (DOMAIN 10, handbook {@code csm-team-onboarding.md}): the admin-edited,
 * versioned plan template (learning-path modules 1–7 with their objectives and certifications, Sales
 * Quick Start, the manager's and the buddy's expectations month by month, the graduation criteria)
 * and each new hire's plan made from it: three checklists (the new hire's, the manager's, the
 * buddy's) with due dates from the start date; the log of shadowed calls, co-led meetings and role
 * plays with the weekly view against the goal of four calls. Who may see and tick what is decided in
 * {@link dev.facet.team.TeamPlanManagement} and {@link dev.facet.team.ShadowingManagement}, not only
 * in the pages.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "timeline"})
@NullMarked
package dev.facet.team;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
