/**
 * The weekly onboarding report: every week at the day, local time and time zone (the team's)
 * that admins set, an HTML and plain-text email of the dashboard's figures, queued in the mail outbox. Subscribers choose it on their profile (security module);
 * the report is sent through the mail outbox.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "mail", "dashboard"})
@NullMarked
package dev.facet.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
