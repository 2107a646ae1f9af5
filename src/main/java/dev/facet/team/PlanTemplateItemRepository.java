package dev.facet.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateItemRepository extends JpaRepository<PlanTemplateItem, UUID> {

    @Query("select i from PlanTemplateItem i where i.templateVersionId = :versionId order by i.position")
    List<PlanTemplateItem> ofVersion(UUID versionId);
}
