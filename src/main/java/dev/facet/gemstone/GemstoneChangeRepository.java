package dev.facet.gemstone;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GemstoneChangeRepository extends JpaRepository<GemstoneChange, UUID> {

    List<GemstoneChange> findByAccountIdOrderByChangedAtDesc(UUID accountId);

    Optional<GemstoneChange> findFirstByAccountIdOrderByChangedAtDesc(UUID accountId);
}
