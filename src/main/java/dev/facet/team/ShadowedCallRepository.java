package dev.facet.team;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShadowedCallRepository extends JpaRepository<ShadowedCall, UUID> {

    Page<ShadowedCall> findByNewHireIdOrderByCallDateDescCreatedAtDesc(UUID newHireId, Pageable pageable);
}
