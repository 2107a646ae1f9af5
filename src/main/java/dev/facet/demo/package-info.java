/**
 * Demo data for the {@code demo} profile: a handful of TAMs, managers and an admin, about 300
 * accounts across every segment, region, tier and gemstone, and one API token whose value the
 * README shows, and past onboardings with calls and closes so the dashboards have cohorts, and a new TAM's team-onboarding plan under way. Generated from a fixed seed through the modules' own APIs, so the same rules and
 * events apply as for real data. Never active outside the demo profile.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "cta", "playbook", "timeline", "team"})
@NullMarked
package dev.facet.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
