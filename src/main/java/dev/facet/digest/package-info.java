/**
 * Daily reminder digests (issue 5, reminders): each morning in the user's own time zone, a TAM gets
 * the open tasks of their CTAs that are due tomorrow or overdue, and a manager the accounts that have
 * waited for a TAM past the due date the routing gave them. A scheduled check every few minutes finds
 * whose morning it is; a row per user, kind and local day makes each digest go at most once, written
 * in the transaction that queues the mail in the outbox. A day with nothing to remind sends nothing;
 * users switch the digests off on their profile (security module).
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "mail", "dashboard", "assignment"})
@NullMarked
package dev.facet.digest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
