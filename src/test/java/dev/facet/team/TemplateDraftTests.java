package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The next version as it is put together: moves stay within a group, references stay within the version. */
class TemplateDraftTests {

    private final UUID module1 = UUID.randomUUID();
    private final UUID module2 = UUID.randomUUID();
    private final UUID itemsCriterion = UUID.randomUUID();
    private final UUID shadowing = UUID.randomUUID();
    private final TemplateVersionView current = new TemplateVersionView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "CSM/TAM onboarding",
            1,
            Instant.EPOCH,
            null,
            List.of(
                    new TemplateSectionView(module1, 1, "Module 1", ""),
                    new TemplateSectionView(module2, 2, "Module 2", "")),
            List.of(
                    new TemplateCriterionView(itemsCriterion, 1, "Learning path", CriterionEvidence.PLAN_ITEMS),
                    new TemplateCriterionView(shadowing, 2, "Shadowed calls", CriterionEvidence.SHADOWING)),
            List.of(
                    item(1, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, "a"),
                    item(2, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module2, "b"),
                    item(3, PlanAudience.MANAGER, PlanMonth.MONTH_1, null, "c"),
                    item(4, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, "d"),
                    item(5, PlanAudience.NEW_HIRE, PlanMonth.MONTH_2, module1, "e")));

    @Test
    void movesSwapWithTheNearestItemOfTheSameGroup() {
        TemplateDraft draft = TemplateDraft.of(current);
        draft.move(draft.item(current.items().get(3).id()), true);
        assertThat(titles(draft)).containsExactly("d", "b", "c", "a", "e");
        // "d" is first of its group now; "e" is alone in month 2: neither moves further.
        draft.move(draft.item(current.items().get(3).id()), true);
        draft.move(draft.item(current.items().get(4).id()), false);
        draft.move(draft.item(current.items().get(4).id()), true);
        assertThat(titles(draft)).containsExactly("d", "b", "c", "a", "e");
    }

    @Test
    void writesNewRowsThatPointAtTheNewSectionsAndCriteria() {
        TemplateDraft draft = TemplateDraft.of(current);
        draft.items.add(draft.newItem(new TemplateItemInput(
                PlanAudience.NEW_HIRE, PlanMonth.MONTH_3, module2, itemsCriterion, true, " Certified ", "")));
        UUID next = UUID.randomUUID();
        TemplateDraft.Rows rows = draft.rows(next);
        List<TemplateItemView> items =
                rows.items().stream().map(PlanTemplateItem::view).toList();
        List<TemplateSectionView> sections =
                rows.sections().stream().map(PlanTemplateSection::view).toList();
        assertThat(items).extracting(TemplateItemView::position).containsExactly(1, 2, 3, 4, 5, 6);
        TemplateItemView added = items.getLast();
        assertThat(added.title()).isEqualTo("Certified");
        assertThat(added.sectionId()).isEqualTo(sections.get(1).id()).isNotEqualTo(module2);
        assertThat(added.criterionId())
                .isEqualTo(rows.criteria().getFirst().view().id())
                .isNotEqualTo(itemsCriterion);
    }

    @Test
    void refusesReferencesOutsideTheVersionAndItemsOnALogCriterion() {
        TemplateDraft draft = TemplateDraft.of(current);
        assertThatThrownBy(() -> draft.newItem(new TemplateItemInput(
                        PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, UUID.randomUUID(), null, false, "x", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sectionId"));
        assertThatThrownBy(() -> draft.newItem(new TemplateItemInput(
                        PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, shadowing, false, "x", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("team.template.item.criterionNotItems"));
        assertThatThrownBy(() -> draft.newItem(
                        new TemplateItemInput(PlanAudience.BUDDY, PlanMonth.MONTH_1, null, null, true, "x", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("certification"));
        assertThatThrownBy(() -> draft.newItem(
                        new TemplateItemInput(PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, null, null, false, "x", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sectionId"));
        assertThatThrownBy(() -> draft.newItem(
                        new TemplateItemInput(PlanAudience.MANAGER, PlanMonth.MONTH_1, module1, null, false, "x", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sectionId"));
    }

    private static List<String> titles(TemplateDraft draft) {
        return draft.items.stream().map(i -> i.title).toList();
    }

    private static TemplateItemView item(
            int position, PlanAudience audience, PlanMonth month, UUID section, String title) {
        return new TemplateItemView(UUID.randomUUID(), position, audience, month, section, null, false, title, "");
    }
}
