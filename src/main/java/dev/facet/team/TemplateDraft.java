package dev.facet.team;

import dev.facet.shared.Ids;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The next template version while it is being put together: a mutable copy of the current version
 * in which items point at their section and criterion as objects, so sections and criteria can be
 * renamed, added or removed before the copy is written under new ids.
 */
final class TemplateDraft {

    static final class Section {
        final UUID stableId;
        String title;
        String details;

        Section(UUID stableId, String title, String details) {
            this.stableId = stableId;
            this.title = title;
            this.details = details;
        }
    }

    static final class Criterion {
        final UUID stableId;
        String text;
        CriterionEvidence evidence;

        Criterion(UUID stableId, String text, CriterionEvidence evidence) {
            this.stableId = stableId;
            this.text = text;
            this.evidence = evidence;
        }
    }

    static final class Item {
        final UUID stableId;
        PlanAudience audience;
        PlanMonth month;

        @Nullable
        Section section;

        @Nullable
        Criterion criterion;

        boolean certification;
        String title;
        String details;

        Item(
                UUID stableId,
                PlanAudience audience,
                PlanMonth month,
                @Nullable Section section,
                @Nullable Criterion criterion,
                boolean certification,
                String title,
                String details) {
            this.stableId = stableId;
            this.audience = audience;
            this.month = month;
            this.section = section;
            this.criterion = criterion;
            this.certification = certification;
            this.title = title;
            this.details = details;
        }

        /** Items are moved among the items of the same checklist, section and month. */
        boolean sameGroupAs(Item other) {
            return audience == other.audience && section == other.section && month == other.month;
        }
    }

    /** The rows a new version is written as. */
    record Rows(
            List<PlanTemplateSection> sections, List<PlanTemplateCriterion> criteria, List<PlanTemplateItem> items) {}

    final List<Section> sections = new ArrayList<>();
    final List<Criterion> criteria = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
    /** By stable id, so that edits name what they change the same way in every version. */
    private final Map<UUID, Section> sectionsByStableId = new HashMap<>();

    private final Map<UUID, Criterion> criteriaByStableId = new HashMap<>();
    private final Map<UUID, Item> itemsByStableId = new HashMap<>();

    static TemplateDraft of(TemplateVersionView current) {
        var draft = new TemplateDraft();
        // Within a version, items point at sections and criteria by row id.
        Map<UUID, Section> sectionsByRow = new HashMap<>();
        Map<UUID, Criterion> criteriaByRow = new HashMap<>();
        for (TemplateSectionView s : current.sections()) {
            var section = new Section(s.stableId(), s.title(), s.details());
            draft.sections.add(section);
            draft.sectionsByStableId.put(s.stableId(), section);
            sectionsByRow.put(s.id(), section);
        }
        for (TemplateCriterionView c : current.criteria()) {
            var criterion = new Criterion(c.stableId(), c.text(), c.evidence());
            draft.criteria.add(criterion);
            draft.criteriaByStableId.put(c.stableId(), criterion);
            criteriaByRow.put(c.id(), criterion);
        }
        for (TemplateItemView i : current.items()) {
            var item = new Item(
                    i.stableId(),
                    i.audience(),
                    i.month(),
                    i.sectionId() == null ? null : sectionsByRow.get(i.sectionId()),
                    i.criterionId() == null ? null : criteriaByRow.get(i.criterionId()),
                    i.certification(),
                    i.title(),
                    i.details());
            draft.items.add(item);
            draft.itemsByStableId.put(i.stableId(), item);
        }
        return draft;
    }

    Section section(UUID stableId) {
        Section section = sectionsByStableId.get(stableId);
        if (section == null) {
            throw new NotFoundException("Template section", stableId);
        }
        return section;
    }

    Criterion criterion(UUID stableId) {
        Criterion criterion = criteriaByStableId.get(stableId);
        if (criterion == null) {
            throw new NotFoundException("Template criterion", stableId);
        }
        return criterion;
    }

    Item item(UUID stableId) {
        Item item = itemsByStableId.get(stableId);
        if (item == null) {
            throw new NotFoundException("Template item", stableId);
        }
        return item;
    }

    /** A new item from the admin's input; the section and criterion named must be of this version. */
    Item newItem(TemplateItemInput input) {
        var item = new Item(Ids.newId(), input.audience(), input.month(), null, null, false, "", "");
        apply(item, input);
        return item;
    }

    void apply(Item item, TemplateItemInput input) {
        item.audience = input.audience();
        item.month = input.month();
        item.section = input.sectionStableId() == null ? null : knownSection(input.sectionStableId());
        item.criterion = input.criterionStableId() == null ? null : knownCriterion(input.criterionStableId());
        item.certification = input.certification();
        item.title = input.title().strip();
        item.details = input.details().strip();
        TemplateInputPolicy.checkItem(item);
    }

    boolean hasItemsIn(Section section) {
        return items.stream().anyMatch(i -> i.section == section);
    }

    boolean hasItemsFor(Criterion criterion) {
        return items.stream().anyMatch(i -> i.criterion == criterion);
    }

    /** Swaps an item with the nearest one before (or after) it in the same group; at the edge nothing moves. */
    void move(Item item, boolean up) {
        int index = items.indexOf(item);
        int step = up ? -1 : 1;
        for (int i = index + step; i >= 0 && i < items.size(); i += step) {
            if (items.get(i).sameGroupAs(item)) {
                items.set(index, items.get(i));
                items.set(i, item);
                return;
            }
        }
    }

    /** Writes the draft as the rows of a new version, with new ids and positions from 1. */
    Rows rows(UUID versionId) {
        TemplateInputPolicy.checkCounts(this);
        Map<Section, UUID> sectionIds = new IdentityHashMap<>();
        Map<Criterion, UUID> criterionIds = new IdentityHashMap<>();
        List<PlanTemplateSection> sectionRows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            var row = new PlanTemplateSection(s.stableId, versionId, i + 1, s.title, s.details);
            sectionIds.put(s, row.id());
            sectionRows.add(row);
        }
        List<PlanTemplateCriterion> criterionRows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            var row = new PlanTemplateCriterion(c.stableId, versionId, i + 1, c.text, c.evidence);
            criterionIds.put(c, row.id());
            criterionRows.add(row);
        }
        List<PlanTemplateItem> itemRows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            itemRows.add(new PlanTemplateItem(
                    item.stableId,
                    versionId,
                    i + 1,
                    item.audience,
                    item.month,
                    item.section == null ? null : sectionIds.get(item.section),
                    item.criterion == null ? null : criterionIds.get(item.criterion),
                    item.certification,
                    item.title,
                    item.details));
        }
        return new Rows(sectionRows, criterionRows, itemRows);
    }

    private Section knownSection(UUID stableId) {
        Section section = sectionsByStableId.get(stableId);
        if (section == null) {
            throw new InvalidInputException("sectionId", "team.template.item.sectionUnknown", "Unknown section");
        }
        return section;
    }

    private Criterion knownCriterion(UUID stableId) {
        Criterion criterion = criteriaByStableId.get(stableId);
        if (criterion == null) {
            throw new InvalidInputException("criterionId", "team.template.item.criterionUnknown", "Unknown criterion");
        }
        return criterion;
    }
}
