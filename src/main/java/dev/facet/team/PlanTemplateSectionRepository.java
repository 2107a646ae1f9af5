package dev.facet.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateSectionRepository extends JpaRepository<PlanTemplateSection, UUID> {

    @Query("select s from PlanTemplateSection s where s.templateVersionId = :versionId order by s.position")
    List<PlanTemplateSection> ofVersion(UUID versionId);
}
