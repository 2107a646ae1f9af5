/**
 * CSM team onboarding: plans made from admin-edited templates, shadowed calls, co-led meetings, role
 * plays and graduation.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account"})
@NullMarked
package dev.facet.team;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
