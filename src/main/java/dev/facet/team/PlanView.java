package dev.facet.team;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A plan as its reader sees it on {@code today}: the header, the sections and graduation criteria of
 * its template version, every item in template order with its state, the progress, and what the reader
 * may do. Graduation reads {@link #itemsForCriterion}, {@link #certifications} and {@link
 * #openItemsOf} from here.
 */
public record PlanView(
        PlanHeader header,
        List<TemplateSectionView> sections,
        List<TemplateCriterionView> criteria,
        List<PlanItemView> items,
        PlanProgress progress,
        LocalDate today,
        PlanPermissions may) {

    public PlanView {
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
    }

    public List<PlanItemView> itemsOf(PlanAudience audience) {
        return items.stream().filter(i -> i.audience() == audience).toList();
    }

    public List<PlanItemView> openItemsOf(PlanAudience audience) {
        return items.stream().filter(i -> i.audience() == audience && i.open()).toList();
    }

    /** The items that count toward a graduation criterion. */
    public List<PlanItemView> itemsForCriterion(UUID criterionId) {
        return items.stream().filter(i -> criterionId.equals(i.criterionId())).toList();
    }

    /** The new hire's certifications (Pulse+ and GitLab Certified), done or not. */
    public List<PlanItemView> certifications() {
        return items.stream().filter(PlanItemView::certification).toList();
    }

    /** Open items whose due date has passed, earliest first. */
    public List<PlanItemView> overdue() {
        return withDueState(DueState.OVERDUE);
    }

    /** Open items due from today to Sunday. */
    public List<PlanItemView> dueThisWeek() {
        return withDueState(DueState.DUE_THIS_WEEK);
    }

    private List<PlanItemView> withDueState(DueState state) {
        return items.stream()
                .filter(i -> i.dueState() == state)
                .sorted(Comparator.comparing(PlanItemView::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
