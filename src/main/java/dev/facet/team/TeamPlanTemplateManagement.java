package dev.facet.team;

import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team-onboarding plan template and its versions (seeded from the handbook in V20). Reading a
 * version costs four statements whatever its size. Every edit copies the current version, applies
 * the change and makes the copy current (copy-on-write); earlier versions are never changed, so a plan
 * keeps the version it started from. Edits name the version number the admin saw: a stale one is
 * refused with a {@link StaleEditException} instead of overwriting someone else's. Edits name items,
 * sections and criteria by their stable id, which every copy keeps, so a form opened on one version
 * still names the same thing after someone else saved.
 */
@Service
@Transactional
public class TeamPlanTemplateManagement {

    /** The code of the template that new plans start from. */
    public static final String CSM_ONBOARDING = "csm-onboarding";

    private final PlanTemplateRepository templates;
    private final PlanTemplateVersionRepository versions;
    private final PlanTemplateSectionRepository sections;
    private final PlanTemplateCriterionRepository criteria;
    private final PlanTemplateItemRepository items;
    private final Clock clock;

    TeamPlanTemplateManagement(
            PlanTemplateRepository templates,
            PlanTemplateVersionRepository versions,
            PlanTemplateSectionRepository sections,
            PlanTemplateCriterionRepository criteria,
            PlanTemplateItemRepository items,
            Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.sections = sections;
        this.criteria = criteria;
        this.items = items;
        this.clock = clock;
    }

    /** The version new plans start from. */
    @Transactional(readOnly = true)
    public TemplateVersionView current() {
        return view(versions.current(CSM_ONBOARDING)
                .orElseThrow(() -> new NotFoundException("Plan template", CSM_ONBOARDING)));
    }

    /** A version by its number (1, 2, …). */
    @Transactional(readOnly = true)
    public TemplateVersionView version(int versionNo) {
        return view(versions.byNumber(CSM_ONBOARDING, versionNo)
                .orElseThrow(() -> new NotFoundException("Plan template version", versionNo)));
    }

    /** A version by its id (the one a plan pinned). */
    @Transactional(readOnly = true)
    public TemplateVersionView version(UUID versionId) {
        return view(
                versions.byId(versionId).orElseThrow(() -> new NotFoundException("Plan template version", versionId)));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<TemplateVersionSummary> history() {
        return versions.history(CSM_ONBOARDING);
    }

    public TemplateVersionView addItem(int expectedVersion, TemplateItemInput input, String editor) {
        return edit(expectedVersion, editor, draft -> draft.items.add(draft.newItem(input)));
    }

    /** Changes an item (named by its stable id), keeping its place. */
    public TemplateVersionView editItem(
            int expectedVersion, UUID itemStableId, TemplateItemInput input, String editor) {
        return edit(expectedVersion, editor, draft -> draft.apply(draft.item(itemStableId), input));
    }

    public TemplateVersionView removeItem(int expectedVersion, UUID itemStableId, String editor) {
        return edit(expectedVersion, editor, draft -> draft.items.remove(draft.item(itemStableId)));
    }

    /** Moves an item before the previous one of its checklist, section and month; the first stays. */
    public TemplateVersionView moveItemUp(int expectedVersion, UUID itemStableId, String editor) {
        return edit(expectedVersion, editor, draft -> draft.move(draft.item(itemStableId), true));
    }

    /** Moves an item after the next one of its checklist, section and month; the last stays. */
    public TemplateVersionView moveItemDown(int expectedVersion, UUID itemStableId, String editor) {
        return edit(expectedVersion, editor, draft -> draft.move(draft.item(itemStableId), false));
    }

    public TemplateVersionView addSection(int expectedVersion, TemplateSectionInput input, String editor) {
        String title = input.title().strip();
        String details = input.details().strip();
        TemplateInputPolicy.checkSection(title, details);
        return edit(
                expectedVersion,
                editor,
                draft -> draft.sections.add(new TemplateDraft.Section(Ids.newId(), title, details)));
    }

    public TemplateVersionView editSection(
            int expectedVersion, UUID sectionStableId, TemplateSectionInput input, String editor) {
        String title = input.title().strip();
        String details = input.details().strip();
        TemplateInputPolicy.checkSection(title, details);
        return edit(expectedVersion, editor, draft -> {
            TemplateDraft.Section section = draft.section(sectionStableId);
            section.title = title;
            section.details = details;
        });
    }

    /** Only an empty section goes: its items would otherwise be lost from every new plan. */
    public TemplateVersionView removeSection(int expectedVersion, UUID sectionStableId, String editor) {
        return edit(expectedVersion, editor, draft -> {
            TemplateDraft.Section section = draft.section(sectionStableId);
            if (draft.hasItemsIn(section)) {
                throw new InvalidInputException(
                        "section", "team.template.section.inUse", "Move or remove the section's items first");
            }
            draft.sections.remove(section);
        });
    }

    public TemplateVersionView addCriterion(int expectedVersion, TemplateCriterionInput input, String editor) {
        String text = input.text().strip();
        TemplateInputPolicy.checkCriterion(text);
        return edit(
                expectedVersion,
                editor,
                draft -> draft.criteria.add(new TemplateDraft.Criterion(Ids.newId(), text, input.evidence())));
    }

    /** A criterion that items count toward must stay checked against items. */
    public TemplateVersionView editCriterion(
            int expectedVersion, UUID criterionStableId, TemplateCriterionInput input, String editor) {
        String text = input.text().strip();
        TemplateInputPolicy.checkCriterion(text);
        return edit(expectedVersion, editor, draft -> {
            TemplateDraft.Criterion criterion = draft.criterion(criterionStableId);
            if (input.evidence() != CriterionEvidence.PLAN_ITEMS && draft.hasItemsFor(criterion)) {
                throw new InvalidInputException(
                        "evidence", "team.template.criterion.inUse", "Items count toward this criterion");
            }
            criterion.text = text;
            criterion.evidence = input.evidence();
        });
    }

    /** Only a criterion that no item counts toward goes, so no item silently stops counting. */
    public TemplateVersionView removeCriterion(int expectedVersion, UUID criterionStableId, String editor) {
        return edit(expectedVersion, editor, draft -> {
            TemplateDraft.Criterion criterion = draft.criterion(criterionStableId);
            if (draft.hasItemsFor(criterion)) {
                throw new InvalidInputException(
                        "criterion", "team.template.criterion.inUse", "Items count toward this criterion");
            }
            draft.criteria.remove(criterion);
        });
    }

    private interface Edit {
        void apply(TemplateDraft draft);
    }

    /** Copy-on-write: copy the current version, apply the edit, write the copy and make it current. */
    private TemplateVersionView edit(int expectedVersion, String editor, Edit edit) {
        PlanTemplate template = templates
                .findForUpdate(CSM_ONBOARDING)
                .orElseThrow(() -> new NotFoundException("Plan template", CSM_ONBOARDING));
        PlanTemplateVersion current = versions.findById(template.currentVersionId())
                .orElseThrow(() -> new IllegalStateException("The plan template has no current version"));
        if (current.versionNo() != expectedVersion) {
            throw new StaleEditException("The plan template");
        }
        TemplateDraft draft = TemplateDraft.of(view(versions.byId(current.id()).orElseThrow()));
        edit.apply(draft);
        Instant now = clock.instant();
        PlanTemplateVersion next = current.next(editor, now);
        TemplateDraft.Rows rows = draft.rows(next.id());
        versions.save(next);
        sections.saveAll(rows.sections());
        criteria.saveAll(rows.criteria());
        items.saveAll(rows.items());
        template.advanceTo(next, now);
        return new TemplateVersionView(
                next.id(),
                template.id(),
                template.name(),
                next.versionNo(),
                now,
                editor,
                rows.sections().stream().map(PlanTemplateSection::view).toList(),
                rows.criteria().stream().map(PlanTemplateCriterion::view).toList(),
                rows.items().stream().map(PlanTemplateItem::view).toList());
    }

    private TemplateVersionView view(VersionHeader header) {
        return new TemplateVersionView(
                header.id(),
                header.templateId(),
                header.templateName(),
                header.version(),
                header.createdAt(),
                header.createdBy(),
                sections.ofVersion(header.id()).stream()
                        .map(PlanTemplateSection::view)
                        .toList(),
                criteria.ofVersion(header.id()).stream()
                        .map(PlanTemplateCriterion::view)
                        .toList(),
                items.ofVersion(header.id()).stream()
                        .map(PlanTemplateItem::view)
                        .toList());
    }
}
