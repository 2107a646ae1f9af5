/**
 * The manager's workspace (DOMAIN 9 and 11): the queue of open ASSIGN_TAM items with TAMs suggested by
 * their current load, assigning one or many accounts at once, moving a TAM's accounts to others in
 * bulk, and the team table. Assignments go through the account module, whose {@code TamAssigned}
 * event lets the cta module close the ASSIGN_TAM item, open the onboarding and move open CTAs; this
 * module writes the timeline entry that records each move. The load weights are admin data kept here.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "timeline", "team"})
@NullMarked
package dev.facet.assignment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
