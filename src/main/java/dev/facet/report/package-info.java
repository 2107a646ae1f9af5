/**
 * The weekly onboarding report. For now its settings: the day, local time and time zone (the team's)
 * at which it goes out, edited by admins. Subscribers choose it on their profile (security module);
 * the report is sent through the mail outbox.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "mail"})
@NullMarked
package dev.facet.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
