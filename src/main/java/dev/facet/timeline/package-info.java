/**
 * The account timeline (DOMAIN 6): calls, meetings, emails, updates, workshops and at-risk updates
 * with their attendees and Markdown notes, newest first. The author or a manager edits an entry; each
 * edit keeps the version it replaced. The account's sentiment follows the newest {@code UPDATE} that
 * carries one.
 *
 * <p>Published for SQL readers: the table {@code account_first_engagement}, each account's first call
 * or meeting, which database triggers keep current with every change of {@code timeline_entry} in the
 * same transaction (migration V28); the time-to-value view reads it.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "account"})
@NullMarked
package dev.facet.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
