package dev.facet.team;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RolePlayRepository extends JpaRepository<RolePlay, UUID> {

    Page<RolePlay> findByNewHireIdOrderByRolePlayDateDescCreatedAtDesc(UUID newHireId, Pageable pageable);
}
