package dev.facet.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateVersionRepository extends JpaRepository<PlanTemplateVersion, UUID> {

    String HEADER = "select new dev.facet.team.VersionHeader(v.id, t.id, t.name, v.versionNo, v.createdAt, v.createdBy)"
            + " from PlanTemplate t ";

    @Query(HEADER + "join PlanTemplateVersion v on v.id = t.currentVersionId where t.code = :code")
    Optional<VersionHeader> current(String code);

    @Query(HEADER
            + "join PlanTemplateVersion v on v.templateId = t.id where t.code = :code and v.versionNo = :versionNo")
    Optional<VersionHeader> byNumber(String code, int versionNo);

    @Query(HEADER + "join PlanTemplateVersion v on v.templateId = t.id where v.id = :versionId")
    Optional<VersionHeader> byId(UUID versionId);

    @Query("select new dev.facet.team.TemplateVersionSummary(v.id, v.versionNo, v.createdAt, v.createdBy)"
            + " from PlanTemplateVersion v join PlanTemplate t on t.id = v.templateId"
            + " where t.code = :code order by v.versionNo desc")
    List<TemplateVersionSummary> history(String code);
}
