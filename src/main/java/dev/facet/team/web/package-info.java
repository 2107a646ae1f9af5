/** The team-onboarding pages: the new hire's, the buddy's and the manager's, and the admin's template editor. */
@NullMarked
package dev.facet.team.web;

import org.jspecify.annotations.NullMarked;
