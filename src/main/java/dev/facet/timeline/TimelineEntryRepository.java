package dev.facet.timeline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, UUID> {

    Page<TimelineEntry> findByAccountIdOrderByEntryDateDescCreatedAtDesc(UUID accountId, Pageable pageable);

    /** A page without its count: one row more than asked says whether older entries exist. */
    Slice<TimelineEntry> findSliceByAccountIdOrderByEntryDateDescCreatedAtDesc(UUID accountId, Pageable pageable);

    /** The UPDATE whose sentiment is the account's: the newest one that carries a sentiment. */
    Optional<TimelineEntry> findFirstByAccountIdAndTypeAndSentimentIsNotNullOrderByEntryDateDescCreatedAtDesc(
            UUID accountId, TimelineEntryType type);

    /** Whether the account has this very entry already: for writers whose events may be redelivered. */
    boolean existsByAccountIdAndTypeAndEntryDateAndAuthorIdAndNotes(
            UUID accountId, TimelineEntryType type, LocalDate entryDate, UUID authorId, String notes);
}
