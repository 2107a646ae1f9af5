package dev.facet.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamPlanRepository extends JpaRepository<TeamPlan, UUID> {

    String ROW = "select new dev.facet.team.PlanRow(p.id, p.newHireId, p.managerId, p.buddyId, p.startDate, p.status,"
            + " p.templateVersionId, v.versionNo, p.startedAt, p.version,"
            + " p.graduatedOn, p.graduatedBy, p.graduationNote)"
            + " from TeamPlan p join PlanTemplateVersion v on v.id = p.templateVersionId ";
    /** Running plans first (ACTIVE sorts before the other statuses), then the newest start. */
    String ORDER = " order by p.status, p.startDate desc, p.id";

    @Query(ROW + "where p.id = :id")
    Optional<PlanRow> row(UUID id);

    @Query(ROW + "where p.newHireId = :newHireId and p.status = dev.facet.team.PlanStatus.ACTIVE")
    Optional<PlanRow> activeOf(UUID newHireId);

    @Query(
            value = ROW + "where p.managerId = :managerId" + ORDER,
            countQuery = "select count(p) from TeamPlan p where p.managerId = :managerId")
    Page<PlanRow> managedBy(UUID managerId, Pageable pageable);

    @Query(value = ROW + ORDER, countQuery = "select count(p) from TeamPlan p")
    Page<PlanRow> everyPlan(Pageable pageable);

    @Query(
            value = ROW + "where p.buddyId = :buddyId and p.status = dev.facet.team.PlanStatus.ACTIVE" + ORDER,
            countQuery = "select count(p) from TeamPlan p where p.buddyId = :buddyId"
                    + " and p.status = dev.facet.team.PlanStatus.ACTIVE")
    Page<PlanRow> buddiedBy(UUID buddyId, Pageable pageable);

    @Query("select count(p) > 0 from TeamPlan p where p.newHireId = :userId"
            + " and p.status = dev.facet.team.PlanStatus.ACTIVE")
    boolean onboarding(UUID userId);

    @Query("select count(p) > 0 from TeamPlan p where p.buddyId = :userId"
            + " and p.status = dev.facet.team.PlanStatus.ACTIVE")
    boolean buddying(UUID userId);

    /** Pairs of new hire id and plan id. */
    @Query("select p.newHireId, p.id from TeamPlan p where p.newHireId in :userIds"
            + " and p.status = dev.facet.team.PlanStatus.ACTIVE")
    List<Object[]> activePlansOf(Collection<UUID> userIds);
}
