package dev.facet.playbook;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlaybookTemplateRepository extends JpaRepository<PlaybookTemplate, UUID> {

    boolean existsByCode(String code);

    /** Edits of one template queue up here, so two admins never both make version n + 1. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PlaybookTemplate t where t.id = :id")
    Optional<PlaybookTemplate> findForUpdate(UUID id);

    String SUMMARY = "select new dev.facet.playbook.TemplateRow(t.id, t.code, t.name, t.description, v.versionNo,"
            + " count(k)) from PlaybookTemplate t"
            + " join PlaybookTemplateVersion v on v.id = t.currentVersionId"
            + " left join PlaybookTaskTemplate k on k.templateVersion = v ";
    String SUMMARY_GROUP = " group by t.id, t.code, t.name, t.description, v.versionNo";

    @Query(SUMMARY + SUMMARY_GROUP + " order by lower(t.name), t.code")
    List<TemplateRow> summaries();

    @Query(SUMMARY + "where t.id = :id" + SUMMARY_GROUP)
    Optional<TemplateRow> summary(UUID id);
}
