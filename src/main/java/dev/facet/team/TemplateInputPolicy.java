package dev.facet.team;

import dev.facet.shared.InvalidInputException;

/** What the template may hold; the admin forms check the same, this guards every other caller. */
final class TemplateInputPolicy {

    static final int MAX_SECTION_TITLE = 200;
    static final int MAX_DETAILS = 2000;
    static final int MAX_CRITERION_TEXT = 500;
    static final int MAX_ITEM_TITLE = 300;
    static final int MAX_SECTIONS = 50;
    static final int MAX_CRITERIA = 30;
    static final int MAX_ITEMS = 300;

    private TemplateInputPolicy() {}

    static void checkSection(String title, String details) {
        if (title.isBlank() || title.length() > MAX_SECTION_TITLE) {
            throw new InvalidInputException("title", "team.template.title.invalid", "Title is empty or too long");
        }
        checkDetails(details);
    }

    static void checkCriterion(String text) {
        if (text.isBlank() || text.length() > MAX_CRITERION_TEXT) {
            throw new InvalidInputException(
                    "text", "team.template.criterion.text.invalid", "Text is empty or too long");
        }
    }

    /** The new hire's items sit in a section and may be certifications; the others are plain expectations. */
    static void checkItem(TemplateDraft.Item item) {
        if (item.title.isBlank() || item.title.length() > MAX_ITEM_TITLE) {
            throw new InvalidInputException("title", "team.template.title.invalid", "Title is empty or too long");
        }
        checkDetails(item.details);
        if (item.audience == PlanAudience.NEW_HIRE && item.section == null) {
            throw new InvalidInputException(
                    "sectionId", "team.template.item.sectionRequired", "The new hire's items belong to a section");
        }
        if (item.audience != PlanAudience.NEW_HIRE && item.section != null) {
            throw new InvalidInputException(
                    "sectionId", "team.template.item.sectionOnlyNewHire", "Only the new hire's items have a section");
        }
        if (item.audience != PlanAudience.NEW_HIRE && item.certification) {
            throw new InvalidInputException(
                    "certification",
                    "team.template.item.certificationOnlyNewHire",
                    "Only the new hire earns certifications");
        }
        if (item.criterion != null && item.criterion.evidence != CriterionEvidence.PLAN_ITEMS) {
            throw new InvalidInputException(
                    "criterionId",
                    "team.template.item.criterionNotItems",
                    "That criterion is checked against a log, not against items");
        }
    }

    static void checkCounts(TemplateDraft draft) {
        if (draft.sections.size() > MAX_SECTIONS) {
            throw new InvalidInputException("title", "team.template.tooMany", "Too many sections");
        }
        if (draft.criteria.size() > MAX_CRITERIA) {
            throw new InvalidInputException("text", "team.template.tooMany", "Too many criteria");
        }
        if (draft.items.size() > MAX_ITEMS) {
            throw new InvalidInputException("title", "team.template.tooMany", "Too many items");
        }
    }

    private static void checkDetails(String details) {
        if (details.length() > MAX_DETAILS) {
            throw new InvalidInputException("details", "team.template.details.tooLong", "Details too long");
        }
    }
}
