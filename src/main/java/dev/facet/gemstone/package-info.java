/**
 * Gemstones (DOMAIN 2): the classifier and its thresholds as data, the entitlements each gemstone
 * brings with the checklist of what has been scheduled, and the history of every change. It listens
 * for {@link dev.facet.account.AccountFactsChanged} and writes the result back to the account.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account"})
@NullMarked
package dev.facet.gemstone;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
