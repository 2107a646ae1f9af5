package dev.facet.team;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoLedMeetingRepository extends JpaRepository<CoLedMeeting, UUID> {

    Page<CoLedMeeting> findByNewHireIdOrderByMeetingDateDescCreatedAtDesc(UUID newHireId, Pageable pageable);
}
