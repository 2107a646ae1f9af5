/**
 * The account timeline (DOMAIN 6): calls, meetings, emails, updates, workshops and at-risk updates,
 * newest first. An {@code UPDATE} that carries a revised sentiment becomes the account's sentiment.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account"})
@NullMarked
package dev.facet.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
