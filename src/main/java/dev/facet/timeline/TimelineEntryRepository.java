package dev.facet.timeline;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, UUID> {

    Page<TimelineEntry> findByAccountIdOrderByEntryDateDescCreatedAtDesc(UUID accountId, Pageable pageable);
}
