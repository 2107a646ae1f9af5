package dev.facet.playbook;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaybookTaskTemplateRepository extends JpaRepository<PlaybookTaskTemplate, UUID> {

    /** A version's tasks in order with their checklists: one statement however many tasks. */
    @Query("select k from PlaybookTaskTemplate k left join fetch k.checklist"
            + " where k.templateVersion.id = :versionId order by k.position")
    List<PlaybookTaskTemplate> findWithChecklist(UUID versionId);
}
