package dev.facet.cta;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CtaCommentRepository extends JpaRepository<CtaComment, UUID> {

    List<CtaComment> findByCtaIdOrderByCreatedAtAsc(UUID ctaId);
}
