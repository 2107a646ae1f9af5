package dev.facet.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanItemRepository extends JpaRepository<PlanItem, UUID> {

    String ROW = "select new dev.facet.team.PlanItemRow(i.id, i.planId, t.position, t.audience, t.month, t.sectionId,"
            + " t.criterionId, t.certification, t.title, t.details, i.dueDate, i.status, i.note, i.closedAt,"
            + " i.closedBy) from PlanItem i join PlanTemplateItem t on t.id = i.templateItemId ";

    /** A plan's items in the template's order, with their content: one statement for the whole plan. */
    @Query(ROW + "where i.planId = :planId order by t.position")
    List<PlanItemRow> ofPlan(UUID planId);

    /** One checklist's items of several plans, in due order. */
    @Query(ROW + "where i.planId in :planIds and t.audience = :audience order by i.planId, t.position")
    List<PlanItemRow> ofPlans(Collection<UUID> planIds, PlanAudience audience);

    @Query("select i from PlanItem i where i.id = :itemId and i.planId = :planId")
    Optional<PlanItem> inPlan(UUID planId, UUID itemId);

    @Query("select t.audience from PlanTemplateItem t where t.id = :templateItemId")
    PlanAudience audienceOf(UUID templateItemId);

    /** Every checklist of several plans, counted, in one statement. */
    @Query("select new dev.facet.team.AudienceCount(i.planId, t.audience, count(i),"
            + " sum(case when i.status <> dev.facet.team.PlanItemStatus.OPEN then 1 else 0 end),"
            + " sum(case when i.status = dev.facet.team.PlanItemStatus.OPEN and i.dueDate < :today then 1 else 0 end))"
            + " from PlanItem i join PlanTemplateItem t on t.id = i.templateItemId"
            + " where i.planId in :planIds group by i.planId, t.audience")
    List<AudienceCount> counts(Collection<UUID> planIds, LocalDate today);
}
