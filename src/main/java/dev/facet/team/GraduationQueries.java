package dev.facet.team;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * What graduation needs of many plans at once, for the manager's list: each plan's criteria (from
 * its template version) with the items linked to them, in one statement.
 */
@Repository
class GraduationQueries {

    private final EntityManager em;

    GraduationQueries(EntityManager em) {
        this.em = em;
    }

    /** A plan's criterion with the title and state of each item linked to it. */
    record CriterionItems(UUID criterionId, CriterionEvidence evidence, List<LinkedItem> items) {}

    record LinkedItem(String title, boolean open) {}

    /** Per plan, its criteria in order, each with its linked items in template order. */
    Map<UUID, List<CriterionItems>> criteriaOf(Collection<UUID> planIds) {
        List<?> rows = em.createNativeQuery("""
                        select p.id, c.id as criterion_id, c.evidence, t.title, i.status
                        from team_plan p
                        join team_plan_template_criterion c on c.template_version_id = p.template_version_id
                        left join team_plan_template_item t on t.criterion_id = c.id
                        left join team_plan_item i on i.plan_id = p.id and i.template_item_id = t.id
                        where p.id in (:plans)
                        order by p.id, c.position, t.position""").setParameter("plans", planIds).getResultList();
        Map<UUID, Map<UUID, CriterionItems>> byPlan = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            UUID planId = (UUID) c[0];
            UUID criterionId = (UUID) c[1];
            CriterionItems criterion = byPlan.computeIfAbsent(planId, id -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            criterionId,
                            id -> new CriterionItems(id, CriterionEvidence.valueOf((String) c[2]), new ArrayList<>()));
            if (c[3] != null && c[4] != null) {
                criterion.items().add(new LinkedItem((String) c[3], "OPEN".equals(c[4])));
            }
        }
        Map<UUID, List<CriterionItems>> result = new HashMap<>();
        byPlan.forEach((planId, criteria) -> result.put(planId, List.copyOf(criteria.values())));
        return result;
    }
}
