/**
 * The enablement email program (DOMAIN §5): five admin-edited emails in a SaaS and a Self-Managed
 * variant, scheduled for an account when its onboarding playbook starts, sent through the outbox from
 * the Customer Enablement address with the TAM in cc and as reply-to. Templates are logic-less
 * Mustache text with a fixed set of tokens; they are never evaluated as Thymeleaf or SpEL.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "cta", "playbook", "timeline", "mail"})
@NullMarked
package dev.facet.email;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
