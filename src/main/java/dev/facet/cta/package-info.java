/**
 * Calls to action (DOMAIN 3, 4 and 8): the onboarding trigger rules as versioned data, the routing of
 * ASSIGN_TAM work items to managers, CTAs with the tasks of their playbook version, comments, snooze,
 * ownership and delays. It reacts to account, opportunity and gemstone events through the event
 * publication registry, and writes the delay's UPDATE entry on the timeline.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "gemstone", "playbook", "timeline"})
@NullMarked
package dev.facet.cta;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
