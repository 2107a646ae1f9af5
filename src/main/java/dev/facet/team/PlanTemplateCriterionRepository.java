package dev.facet.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateCriterionRepository extends JpaRepository<PlanTemplateCriterion, UUID> {

    @Query("select c from PlanTemplateCriterion c where c.templateVersionId = :versionId order by c.position")
    List<PlanTemplateCriterion> ofVersion(UUID versionId);
}
