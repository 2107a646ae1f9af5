package dev.facet.timeline;

import dev.facet.account.AccountManagement;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the account timeline. */
@Service
@Transactional
public class TimelineManagement {

    private final TimelineEntryRepository entries;
    private final AccountManagement accounts;
    private final UserManagement users;
    private final Clock clock;

    TimelineManagement(TimelineEntryRepository entries, AccountManagement accounts, UserManagement users, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Adds an entry in the caller's transaction; an {@code UPDATE} with a sentiment revises the
     * account's sentiment with it, so the two never disagree.
     */
    public UUID record(NewTimelineEntry entry) {
        TimelineEntry saved = entries.save(new TimelineEntry(entry, clock.instant()));
        if (entry.type() == TimelineEntryType.UPDATE && entry.sentiment() != null) {
            accounts.reviseSentiment(entry.accountId(), entry.sentiment());
        }
        return saved.id();
    }

    /** The account's entries, newest first: two queries whatever the page size. */
    @Transactional(readOnly = true)
    public Page<TimelineEntryView> ofAccount(UUID accountId, Pageable pageable) {
        Page<TimelineEntry> page = entries.findByAccountIdOrderByEntryDateDescCreatedAtDesc(accountId, pageable);
        Map<UUID, UserReference> authors = users.references(
                page.getContent().stream().map(TimelineEntry::authorId).toList());
        return page.map(e -> e.view(
                authors.containsKey(e.authorId()) ? authors.get(e.authorId()).displayName() : "?"));
    }
}
