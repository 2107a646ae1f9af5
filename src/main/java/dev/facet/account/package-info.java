/**
 * Customers as Facet knows them (the "C360"): their commercial facts from the CRM, opportunities,
 * contacts, account team, lifecycle stage, sentiment and stage adoption, and the Total Account Value
 * computed from the opportunities. It announces changes of the facts that gemstones and triggers
 * depend on as events; the current gemstone is stored here, written by the gemstone module.
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package dev.facet.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
