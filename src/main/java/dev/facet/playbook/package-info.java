/**
 * Playbook templates (DOMAIN 4): ordered task templates with due offsets and checklists, the SaaS
 * and Self-Managed onboarding playbooks seeded from the handbook, and the admin screens that edit
 * them. Every saved edit creates a new immutable version, so a CTA keeps the version it started
 * with; the {@code cta} module reads versions through {@link dev.facet.playbook.PlaybookManagement}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.facet.playbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
