package dev.facet.cta;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CtaFiringRepository extends JpaRepository<CtaFiring, UUID> {

    List<CtaFiring> findByCtaIdOrderByFiredAtAsc(UUID ctaId);
}
