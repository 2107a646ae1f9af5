package dev.facet.team.web;

import dev.facet.shared.web.LinkedText;
import dev.facet.shared.web.TextSegment;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanItemView;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanView;
import dev.facet.team.TemplateCriterionView;
import dev.facet.team.TemplateSectionView;
import dev.facet.team.rules.DueDatePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan laid out for its page: the three checklists, each grouped by month with the month's due
 * date, the learning-path sections with their details as text and links, and where each item came
 * from ({@code from} is the page the item buttons return to).
 */
public record PlanPage(
        PlanView plan,
        List<Checklist> checklists,
        List<SectionRow> sections,
        Map<UUID, String> sectionTitles,
        Map<UUID, Integer> criterionNumbers,
        String chart,
        String from) {

    /** An item with its details split into text and links. */
    public record ItemRow(PlanItemView item, List<TextSegment> details) {}

    /** One month of a checklist; {@code due} is empty for "beyond 3 months". */
    public record MonthBlock(PlanMonth month, @Nullable LocalDate due, List<ItemRow> items) {}

    public record Checklist(PlanAudience audience, boolean mayTick, List<MonthBlock> months) {

        public int size() {
            return months.stream().mapToInt(m -> m.items().size()).sum();
        }
    }

    public record SectionRow(TemplateSectionView section, List<TextSegment> details) {}

    static PlanPage of(PlanView plan, String chart, String from) {
        List<Checklist> checklists = new ArrayList<>();
        for (PlanAudience audience : PlanAudience.values()) {
            List<MonthBlock> months = new ArrayList<>();
            for (PlanMonth month : PlanMonth.values()) {
                List<ItemRow> rows = plan.itemsOf(audience).stream()
                        .filter(i -> i.month() == month)
                        .map(PlanPage::row)
                        .toList();
                if (!rows.isEmpty()) {
                    months.add(new MonthBlock(
                            month, DueDatePolicy.dueDate(plan.header().startDate(), month), rows));
                }
            }
            checklists.add(new Checklist(audience, plan.may().mayTick(audience), months));
        }
        Map<UUID, String> titles = new HashMap<>();
        List<SectionRow> sections = new ArrayList<>();
        for (TemplateSectionView section : plan.sections()) {
            titles.put(section.id(), section.title());
            sections.add(new SectionRow(section, LinkedText.split(section.details())));
        }
        Map<UUID, Integer> numbers = new HashMap<>();
        for (TemplateCriterionView criterion : plan.criteria()) {
            numbers.put(criterion.id(), criterion.position());
        }
        return new PlanPage(plan, checklists, sections, titles, numbers, chart, from);
    }

    static ItemRow row(PlanItemView item) {
        return new ItemRow(item, LinkedText.split(item.details()));
    }

    public List<ItemRow> overdue() {
        return plan.overdue().stream().map(PlanPage::row).toList();
    }

    public List<ItemRow> dueThisWeek() {
        return plan.dueThisWeek().stream().map(PlanPage::row).toList();
    }

    /** The checklist item's section, for the badge beside the new hire's items. */
    public @Nullable String sectionOf(PlanItemView item) {
        return item.sectionId() == null ? null : sectionTitles.get(item.sectionId());
    }

    public @Nullable Integer criterionOf(PlanItemView item) {
        return item.criterionId() == null ? null : criterionNumbers.get(item.criterionId());
    }

    /** Whether the reader may tick this item now (their checklist, on a running plan). */
    public boolean mayTick(PlanItemView item) {
        return plan.header().active() && plan.may().mayTick(item.audience());
    }
}
