/**
 * The team-onboarding rules as plain Java (no Spring, no JPA, no clock): due dates from the start
 * date, where an item stands against today, who may see and tick what, and a plan's progress. Each
 * takes its facts and today's date as arguments and is tested with tables.
 */
@NullMarked
package dev.facet.team.rules;

import org.jspecify.annotations.NullMarked;
