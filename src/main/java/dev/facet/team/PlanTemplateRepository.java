package dev.facet.team;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, UUID> {

    /** Edits of the template queue up here, so two admins never both make version n + 1. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PlanTemplate t where t.code = :code")
    Optional<PlanTemplate> findForUpdate(String code);
}
