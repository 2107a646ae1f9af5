package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The next version as it is put together: moves stay within a group, references stay within the
 * version, and copies keep their stable ids while their row ids change.
 */
class TemplateDraftTests {

    private final TemplateSectionView module1 =
            new TemplateSectionView(UUID.randomUUID(), UUID.randomUUID(), 1, "Module 1", "");
    private final TemplateSectionView module2 =
            new TemplateSectionView(UUID.randomUUID(), UUID.randomUUID(), 2, "Module 2", "");
    private final TemplateCriterionView learningPath = new TemplateCriterionView(
            UUID.randomUUID(), UUID.randomUUID(), 1, "Learning path", CriterionEvidence.PLAN_ITEMS);
    private final TemplateCriterionView shadowing = new TemplateCriterionView(
            UUID.randomUUID(), UUID.randomUUID(), 2, "Shadowed calls", CriterionEvidence.SHADOWING);
    private final TemplateVersionView current = new TemplateVersionView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "CSM/TAM onboarding",
            1,
            Instant.EPOCH,
            null,
            List.of(module1, module2),
            List.of(learningPath, shadowing),
            List.of(
                    item(1, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, "a"),
                    item(2, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module2, "b"),
                    item(3, PlanAudience.MANAGER, PlanMonth.MONTH_1, null, "c"),
                    item(4, PlanAudience.NEW_HIRE, PlanMonth.MONTH_1, module1, "d"),
                    item(5, PlanAudience.NEW_HIRE, PlanMonth.MONTH_2, module1, "e")));

    @Test
    void movesSwapWithTheNearestItemOfTheSameGroup() {
        TemplateDraft draft = TemplateDraft.of(current);
        UUID d = current.items().get(3).stableId();
        UUID e = current.items().get(4).stableId();
        draft.move(draft.item(d), true);
        assertThat(titles(draft)).containsExactly("d", "b", "c", "a", "e");
        // "d" is first of its group now; "e" is alone in month 2: neither moves further.
        draft.move(draft.item(d), true);
        draft.move(draft.item(e), false);
        draft.move(draft.item(e), true);
        assertThat(titles(draft)).containsExactly("d", "b", "c", "a", "e");
        // Row ids are not how edits name items.
        assertThatThrownBy(() -> draft.item(current.items().get(3).id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void writesNewRowsThatKeepStableIdsAndPointAtTheNewSectionsAndCriteria() {
        TemplateDraft draft = TemplateDraft.of(current);
        draft.items.add(draft.newItem(new TemplateItemInput(
                PlanAudience.NEW_HIRE,
                PlanMonth.MONTH_3,
                module2.stableId(),
                learningPath.stableId(),
                true,
                " Certified ",
                "")));
        TemplateDraft.Rows rows = draft.rows(UUID.randomUUID());
        List<TemplateItemView> items =
                rows.items().stream().map(PlanTemplateItem::view).toList();
        List<TemplateSectionView> sections =
                rows.sections().stream().map(PlanTemplateSection::view).toList();
        assertThat(items).extracting(TemplateItemView::position).containsExactly(1, 2, 3, 4, 5, 6);
        TemplateItemView added = items.getLast();
        assertThat(added.title()).isEqualTo("Certified");
        assertThat(added.sectionId()).isEqualTo(sections.get(1).id()).isNotEqualTo(module2.id());
        assertThat(added.criterionId())
                .isEqualTo(rows.criteria().getFirst().view().id())
                .isNotEqualTo(learningPath.id());
        assertThat(sections)
                .extracting(TemplateSectionView::stableId)
                .containsExactly(module1.stableId(), module2.stableId());
        assertThat(items.subList(0, 5))
                .extracting(TemplateItemView::stableId)
                .containsExactlyElementsOf(
                        current.items().stream().map(TemplateItemView::stableId).toList());
        assertThat(items.subList(0, 5))
                .extracting(TemplateItemView::id)
                .doesNotContainAnyElementsOf(
                        current.items().stream().map(TemplateItemView::id).toList());
        assertThat(current.items()).extracting(TemplateItemView::stableId).doesNotContain(added.stableId());
    }

    @Test
    void refusesReferencesOutsideTheVersionAndItemsOnALogCriterion() {
        TemplateDraft draft = TemplateDraft.of(current);
        assertThatThrownBy(() -> draft.newItem(input(PlanAudience.NEW_HIRE, UUID.randomUUID(), null, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sectionId"));
        assertThatThrownBy(() ->
                        draft.newItem(input(PlanAudience.NEW_HIRE, module1.stableId(), shadowing.stableId(), false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("team.template.item.criterionNotItems"));
        assertThatThrownBy(() -> draft.newItem(input(PlanAudience.BUDDY, null, null, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("certification"));
        assertThatThrownBy(() -> draft.newItem(input(PlanAudience.NEW_HIRE, null, null, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("team.template.item.sectionRequired"));
        assertThatThrownBy(() -> draft.newItem(input(PlanAudience.MANAGER, module1.stableId(), null, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("team.template.item.sectionOnlyNewHire"));
    }

    private static TemplateItemInput input(
            PlanAudience audience, @Nullable UUID section, @Nullable UUID criterion, boolean certification) {
        return new TemplateItemInput(audience, PlanMonth.MONTH_1, section, criterion, certification, "x", "");
    }

    private static List<String> titles(TemplateDraft draft) {
        return draft.items.stream().map(i -> i.title).toList();
    }

    private static TemplateItemView item(
            int position, PlanAudience audience, PlanMonth month, @Nullable TemplateSectionView section, String title) {
        return new TemplateItemView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                position,
                audience,
                month,
                section == null ? null : section.id(),
                null,
                false,
                title,
                "");
    }
}
