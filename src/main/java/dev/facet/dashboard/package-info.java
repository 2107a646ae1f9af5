/**
 * Dashboards (DOMAIN 9), reads only: the TAM dashboard (a TAM's onboardings, overdue and this
 * week's tasks, snoozed items), the Customer Onboarding dashboard (counts, burn-down lists,
 * start-month cohorts and the distribution of days) and their CSV exports. Every figure is
 * aggregated in PostgreSQL over the {@code onboarding_time_to_value} view with a fixed number of
 * native statements, whatever the number of accounts. {@link dev.facet.dashboard.OnboardingDashboard}
 * is the read API that other modules (the weekly report) use.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "cta"})
@NullMarked
package dev.facet.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
