/** The team-onboarding pages: plans (the new hire's, the buddy's, the manager's), the shadowing log, and the admin's template editor. */
@NullMarked
package dev.facet.team.web;

import org.jspecify.annotations.NullMarked;
