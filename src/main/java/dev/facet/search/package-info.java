/**
 * The navigation bar's search, on every page: accounts by name or CRM id, contacts by name or email
 * (leading to their account), and CTAs by their account's name, grouped, a few of each with a way to
 * see them all. Reads only, like the dashboards: one native statement per group over the tables the
 * account and cta modules keep, filtered through trigram indexes so a common word stays fast at a
 * hundred thousand accounts.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account", "cta"})
@NullMarked
package dev.facet.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
