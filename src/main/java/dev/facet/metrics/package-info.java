/**
 * Time-to-value (DOMAIN 7): Time to Engage, Time to First Value and Time to Onboard with their states
 * against the admin-edited goals. It only reads: the {@code onboarding_time_to_value} view gives each
 * onboarding CTA its dates (the first engagement from the timeline's published
 * {@code account_first_engagement}) and the columns the dashboards filter and show, and the pure {@link dev.facet.metrics.TimeToValueCalculator} turns them
 * into days and states for today. The account page and the CTA page load its panel with htmx.
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package dev.facet.metrics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
