package dev.facet.team.web;

import dev.facet.shared.web.LinkedText;
import dev.facet.shared.web.TextSegment;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanMonth;
import dev.facet.team.TemplateCriterionView;
import dev.facet.team.TemplateItemView;
import dev.facet.team.TemplateSectionView;
import dev.facet.team.TemplateVersionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A template version laid out for the admin: the new hire's items under their section and month, the
 * manager's and the buddy's by month, the graduation criteria with how many items count toward each.
 * Items move within their group (checklist, section, month), so each row knows if it is first or last.
 */
public record TemplatePage(
        TemplateVersionView version,
        boolean editable,
        List<SectionBlock> sections,
        List<MonthBlock> managerMonths,
        List<MonthBlock> buddyMonths,
        List<CriterionRow> criteria,
        Map<UUID, String> sectionTitles,
        Map<UUID, Integer> criterionNumbers) {

    public record ItemRow(TemplateItemView item, List<TextSegment> details, boolean first, boolean last) {}

    public record MonthBlock(PlanMonth month, List<ItemRow> items) {}

    public record SectionBlock(TemplateSectionView section, List<TextSegment> details, List<MonthBlock> months) {

        public boolean empty() {
            return months.isEmpty();
        }
    }

    public record CriterionRow(TemplateCriterionView criterion, long itemCount) {}

    static TemplatePage of(TemplateVersionView version, boolean editable) {
        List<SectionBlock> sections = new ArrayList<>();
        Map<UUID, String> titles = new HashMap<>();
        for (TemplateSectionView section : version.sections()) {
            titles.put(section.id(), section.title());
            sections.add(new SectionBlock(
                    section,
                    LinkedText.split(section.details()),
                    months(
                            version,
                            i -> i.audience() == PlanAudience.NEW_HIRE
                                    && section.id().equals(i.sectionId()))));
        }
        Map<UUID, Integer> numbers = new HashMap<>();
        List<CriterionRow> criteria = new ArrayList<>();
        for (TemplateCriterionView criterion : version.criteria()) {
            numbers.put(criterion.id(), criterion.position());
            criteria.add(new CriterionRow(
                    criterion, version.itemsForCriterion(criterion.id()).size()));
        }
        return new TemplatePage(
                version,
                editable,
                sections,
                months(version, i -> i.audience() == PlanAudience.MANAGER),
                months(version, i -> i.audience() == PlanAudience.BUDDY),
                criteria,
                titles,
                numbers);
    }

    private static List<MonthBlock> months(TemplateVersionView version, Predicate<TemplateItemView> group) {
        List<MonthBlock> months = new ArrayList<>();
        for (PlanMonth month : PlanMonth.values()) {
            List<TemplateItemView> items = version.items().stream()
                    .filter(group)
                    .filter(i -> i.month() == month)
                    .toList();
            List<ItemRow> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                rows.add(new ItemRow(
                        items.get(i), LinkedText.split(items.get(i).details()), i == 0, i == items.size() - 1));
            }
            if (!rows.isEmpty()) {
                months.add(new MonthBlock(month, rows));
            }
        }
        return months;
    }
}
