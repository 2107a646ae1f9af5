package dev.facet.playbook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaybookTemplateVersionRepository extends JpaRepository<PlaybookTemplateVersion, UUID> {

    String HEADER = "select new dev.facet.playbook.VersionHeader(v.id, t.id, t.code, t.name, v.versionNo,"
            + " v.targetDays) from PlaybookTemplate t ";

    @Query(HEADER + "join PlaybookTemplateVersion v on v.id = t.currentVersionId where t.code = :code")
    Optional<VersionHeader> currentByCode(String code);

    @Query(HEADER + "join PlaybookTemplateVersion v on v.id = t.currentVersionId where t.id = :templateId")
    Optional<VersionHeader> currentByTemplate(UUID templateId);

    @Query(HEADER + "join PlaybookTemplateVersion v on v.templateId = t.id where v.id = :versionId")
    Optional<VersionHeader> header(UUID versionId);

    @Query(HEADER + "join PlaybookTemplateVersion v on v.templateId = t.id"
            + " where t.id = :templateId and v.versionNo = :versionNo")
    Optional<VersionHeader> header(UUID templateId, int versionNo);

    @Query("select new dev.facet.playbook.PlaybookVersionSummary(v.id, v.versionNo, v.targetDays, v.createdAt,"
            + " v.createdBy) from PlaybookTemplateVersion v where v.templateId = :templateId order by v.versionNo desc")
    List<PlaybookVersionSummary> history(UUID templateId);
}
