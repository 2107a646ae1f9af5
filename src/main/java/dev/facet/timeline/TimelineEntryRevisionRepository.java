package dev.facet.timeline;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimelineEntryRevisionRepository extends JpaRepository<TimelineEntryRevision, UUID> {

    /** The earlier versions of a page of entries in one query, newest version first per entry. */
    @Query("select r from TimelineEntryRevision r where r.entryId in :entryIds order by r.entryId, r.number desc")
    List<TimelineEntryRevision> findOfEntries(Collection<UUID> entryIds);

    @Query("select count(r) from TimelineEntryRevision r where r.entryId = :entryId")
    int countOfEntry(UUID entryId);
}
