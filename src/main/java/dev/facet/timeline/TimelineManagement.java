package dev.facet.timeline;

import dev.facet.account.AccountManagement;
import dev.facet.account.Sentiment;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the account timeline.
 *
 * <p>The account's sentiment follows the newest {@code UPDATE} that carries a sentiment (newest by
 * entry date, then by when it was written). A new entry or an edit changes the account's sentiment
 * only when it moves that newest sentiment: adding a back-dated UPDATE, or correcting an older
 * one, changes history but not the account, and an edit that leaves the sentiment in force as it
 * was (a typo fixed in the notes) does not undo a sentiment set since on the C360.
 */
@Service
@Transactional
public class TimelineManagement {

    /** Long enough for meeting minutes, short enough that one entry cannot swamp a page. */
    public static final int MAX_NOTES = 20_000;

    private final TimelineEntryRepository entries;
    private final TimelineEntryRevisionRepository revisions;
    private final AccountManagement accounts;
    private final UserManagement users;
    private final Clock clock;

    TimelineManagement(
            TimelineEntryRepository entries,
            TimelineEntryRevisionRepository revisions,
            AccountManagement accounts,
            UserManagement users,
            Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Adds an entry in the caller's transaction, written by {@code entry.authorId()} (a rule, the
     * CRM or another module speaking for a user); an {@code UPDATE} with a sentiment revises the
     * account's sentiment when it is the newest one.
     */
    public UUID record(NewTimelineEntry entry) {
        requireNotAhead(entry.date());
        String notes = notes(entry.notes());
        List<String> attendees = Attendees.normalize(entry.attendees());
        TimelineEntry saved = entries.save(new TimelineEntry(entry, notes, attendees, clock.instant()));
        if (saved.revisesSentiment()) {
            sentimentInForce(entry.accountId())
                    .filter(s -> s.entryId().equals(saved.id()))
                    .ifPresent(s -> accounts.reviseSentiment(entry.accountId(), s.sentiment()));
        }
        return saved.id();
    }

    /**
     * As {@link #record}, unless the account has the same entry (type, day, author and notes) already:
     * for listeners that must stay idempotent when an event is delivered again. Answers the entry's id
     * when it wrote one.
     */
    public java.util.Optional<UUID> recordOnce(NewTimelineEntry entry) {
        if (entries.existsByAccountIdAndTypeAndEntryDateAndAuthorIdAndNotes(
                entry.accountId(), entry.type(), entry.date(), entry.authorId(), notes(entry.notes()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(record(entry));
    }

    /** A user's own entry from the account page: the account's TAM or a manager writes on its timeline. */
    public UUID add(NewTimelineEntry entry, CurrentUser actor) {
        if (!entry.authorId().equals(actor.id())) {
            throw new AccessDeniedToObjectException("A user writes timeline entries under their own name");
        }
        if (!accounts.get(entry.accountId()).mayBeWorkedBy(actor)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager writes on its timeline");
        }
        return record(entry);
    }

    /**
     * Rewrites an entry, keeping what it said before as a revision. Only its author or a manager
     * may; an edit based on an older version than the saved one is refused ({@link StaleEditException}).
     * An edit that changes nothing keeps no revision.
     */
    public void edit(UUID entryId, TimelineEdit edit, CurrentUser actor) {
        TimelineEntry entry = load(entryId);
        if (!TimelineEntryView.mayEdit(entry.authorId(), actor)) {
            throw new AccessDeniedToObjectException("Only the author or a manager edits a timeline entry");
        }
        if (entry.version() != edit.version()) {
            throw new StaleEditException("Timeline entry");
        }
        requireNotAhead(edit.date());
        String notes = notes(edit.notes());
        List<String> attendees = Attendees.normalize(edit.attendees());
        TimelineEdit normalized =
                new TimelineEdit(edit.type(), edit.date(), edit.sentiment(), notes, attendees, edit.version());
        if (!entry.differsFrom(normalized, attendees)) {
            return;
        }
        Optional<SentimentInForce> before = sentimentInForce(entry.accountId());
        TimelineEntryRevision previous = entry.revision(revisions.countOfEntry(entryId) + 1);
        entry.edit(normalized, attendees, actor.id(), clock.instant());
        try {
            // the entry's row first: a concurrent edit fails here, before its revision number is taken
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Timeline entry");
        }
        revisions.save(previous);
        Optional<SentimentInForce> after = sentimentInForce(entry.accountId());
        boolean concernsThisEntry = before.map(SentimentInForce::entryId)
                        .filter(entryId::equals)
                        .isPresent()
                || after.map(SentimentInForce::entryId).filter(entryId::equals).isPresent();
        if (concernsThisEntry && after.isPresent() && !after.equals(before)) {
            accounts.reviseSentiment(entry.accountId(), after.get().sentiment());
        }
    }

    @Transactional(readOnly = true)
    public TimelineEntryView get(UUID entryId) {
        return views(List.of(load(entryId))).getFirst();
    }

    /**
     * The account's entries, newest first, each with its authors and earlier versions: the same four
     * queries whatever the page holds (the page, its count, the revisions, the people).
     */
    @Transactional(readOnly = true)
    public Page<TimelineEntryView> ofAccount(UUID accountId, Pageable pageable) {
        Page<TimelineEntry> page = entries.findByAccountIdOrderByEntryDateDescCreatedAtDesc(accountId, pageable);
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /**
     * The account's entries for the account page, newest first, without counting them all: the
     * same three queries whatever the account holds (the slice, the revisions, the people).
     */
    @Transactional(readOnly = true)
    public Slice<TimelineEntryView> recentOfAccount(UUID accountId, Pageable pageable) {
        Slice<TimelineEntry> slice = entries.findSliceByAccountIdOrderByEntryDateDescCreatedAtDesc(accountId, pageable);
        return new SliceImpl<>(views(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    private List<TimelineEntryView> views(List<TimelineEntry> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<TimelineEntryRevision> earlier =
                revisions.findOfEntries(page.stream().map(TimelineEntry::id).toList());
        Set<UUID> people = new HashSet<>();
        page.forEach(e -> {
            people.add(e.authorId());
            if (e.editedBy() != null) {
                people.add(e.editedBy());
            }
        });
        earlier.forEach(r -> people.add(r.writtenBy()));
        Map<UUID, UserReference> names = users.references(people);
        Map<UUID, List<TimelineRevisionView>> byEntry = earlier.stream()
                .collect(Collectors.groupingBy(
                        TimelineEntryRevision::entryId, Collectors.mapping(r -> r.view(names), Collectors.toList())));
        return page.stream()
                .map(e -> e.view(names, byEntry.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private TimelineEntry load(UUID entryId) {
        return entries.findById(entryId).orElseThrow(() -> new NotFoundException("Timeline entry", entryId));
    }

    private Optional<SentimentInForce> sentimentInForce(UUID accountId) {
        return entries.findFirstByAccountIdAndTypeAndSentimentIsNotNullOrderByEntryDateDescCreatedAtDesc(
                        accountId, TimelineEntryType.UPDATE)
                .map(e -> new SentimentInForce(e.id(), Objects.requireNonNull(e.sentiment())));
    }

    /** Which entry sets the account's sentiment, and to what (captured as values, not the live entity). */
    private record SentimentInForce(UUID entryId, Sentiment sentiment) {}

    /**
     * Entries tell what happened: a future-dated UPDATE would hold the account's sentiment until
     * that day and a future call would count as engagement. A day of slack absorbs time zones ahead of UTC.
     */
    private void requireNotAhead(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("date", "timeline.date.future", "An entry may not be dated in the future");
        }
    }

    private static String notes(String notes) {
        // trailing space only: leading indentation means something in Markdown
        String stripped = notes.stripTrailing();
        if (stripped.isBlank()) {
            throw new InvalidInputException("notes", "timeline.notes.required", "Write what happened");
        }
        if (stripped.length() > MAX_NOTES) {
            throw new InvalidInputException(
                    "notes", "timeline.notes.tooLong", "Notes are at most " + MAX_NOTES + " characters");
        }
        return stripped;
    }

    static UserReference person(Map<UUID, UserReference> people, UUID id) {
        UserReference person = people.get(id);
        return person != null ? person : new UserReference(id, "?", "?");
    }
}
