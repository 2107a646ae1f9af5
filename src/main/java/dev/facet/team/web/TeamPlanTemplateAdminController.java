package dev.facet.team.web;

import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.team.CriterionEvidence;
import dev.facet.team.PlanAudience;
import dev.facet.team.PlanMonth;
import dev.facet.team.TeamPlanTemplateManagement;
import dev.facet.team.TemplateVersionView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's editor of the team-onboarding plan template (only admins reach {@code /admin/**}). URLs
 * name items, sections and criteria by their stable ids, which stay the same from version to version.
 * Every save makes a new version; forms carry the version number the admin saw, and a save over
 * someone else's is answered 409 with the input kept and the newer version number in the form, so a
 * second save is a deliberate one.
 */
@Controller
@RequestMapping("/admin/team-plan")
class TeamPlanTemplateAdminController {

    private static final String CREATED_VERSION = "createdVersion";
    private static final String REDIRECT = "redirect:/admin/team-plan";
    private static final int UNPROCESSABLE = 422;

    private final TeamPlanTemplateManagement templates;

    TeamPlanTemplateAdminController(TeamPlanTemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping
    String current(Model model) {
        return templateView(model, templates.current(), true);
    }

    /** Any version, read-only, from the history. */
    @GetMapping("/versions/{versionNo}")
    String version(@PathVariable int versionNo, Model model) {
        TemplateVersionView shown = templates.version(versionNo);
        return templateView(model, shown, false);
    }

    // ---- items ----

    @GetMapping("/items/new")
    String newItem(@RequestParam(defaultValue = "NEW_HIRE") PlanAudience audience, Model model) {
        TemplateVersionView current = templates.current();
        model.addAttribute("form", TemplateItemForm.blank(audience, current.version()));
        return itemView(model, current, null);
    }

    @PostMapping("/items")
    String addItem(
            @Valid @ModelAttribute("form") TemplateItemForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.addItem(form.getExpectedVersion(), form.input(), admin.getName()),
                () -> itemView(model, templates.current(), null));
    }

    @GetMapping("/items/{itemId}")
    String editItemForm(@PathVariable UUID itemId, Model model) {
        TemplateVersionView current = templates.current();
        var item = current.items().stream()
                .filter(i -> i.stableId().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Template item", itemId));
        model.addAttribute("form", TemplateItemForm.of(item, current));
        return itemView(model, current, itemId);
    }

    @PostMapping("/items/{itemId}")
    String editItem(
            @PathVariable UUID itemId,
            @Valid @ModelAttribute("form") TemplateItemForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.editItem(form.getExpectedVersion(), itemId, form.input(), admin.getName()),
                () -> itemView(model, templates.current(), itemId));
    }

    @AsksFirst("team.template.remove.confirm")
    @PostMapping("/items/{itemId}/remove")
    String removeItem(
            @PathVariable UUID itemId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return action(model, response, redirect, () -> templates.removeItem(expectedVersion, itemId, admin.getName()));
    }

    @PostMapping("/items/{itemId}/move-up")
    String moveUp(
            @PathVariable UUID itemId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return action(model, response, redirect, () -> templates.moveItemUp(expectedVersion, itemId, admin.getName()));
    }

    @PostMapping("/items/{itemId}/move-down")
    String moveDown(
            @PathVariable UUID itemId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return action(
                model, response, redirect, () -> templates.moveItemDown(expectedVersion, itemId, admin.getName()));
    }

    // ---- sections ----

    @GetMapping("/sections/new")
    String newSection(Model model) {
        TemplateVersionView current = templates.current();
        model.addAttribute("form", TemplateSectionForm.blank(current.version()));
        return sectionView(model, current, null);
    }

    @PostMapping("/sections")
    String addSection(
            @Valid @ModelAttribute("form") TemplateSectionForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.addSection(form.getExpectedVersion(), form.input(), admin.getName()),
                () -> sectionView(model, templates.current(), null));
    }

    @GetMapping("/sections/{sectionId}")
    String editSectionForm(@PathVariable UUID sectionId, Model model) {
        TemplateVersionView current = templates.current();
        var section = current.sections().stream()
                .filter(s -> s.stableId().equals(sectionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Template section", sectionId));
        model.addAttribute("form", TemplateSectionForm.of(section, current.version()));
        return sectionView(model, current, sectionId);
    }

    @PostMapping("/sections/{sectionId}")
    String editSection(
            @PathVariable UUID sectionId,
            @Valid @ModelAttribute("form") TemplateSectionForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.editSection(form.getExpectedVersion(), sectionId, form.input(), admin.getName()),
                () -> sectionView(model, templates.current(), sectionId));
    }

    @AsksFirst("team.template.remove.confirm")
    @PostMapping("/sections/{sectionId}/remove")
    String removeSection(
            @PathVariable UUID sectionId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return action(
                model, response, redirect, () -> templates.removeSection(expectedVersion, sectionId, admin.getName()));
    }

    // ---- graduation criteria ----

    @GetMapping("/criteria/new")
    String newCriterion(Model model) {
        TemplateVersionView current = templates.current();
        model.addAttribute("form", TemplateCriterionForm.blank(current.version()));
        return criterionView(model, current, null);
    }

    @PostMapping("/criteria")
    String addCriterion(
            @Valid @ModelAttribute("form") TemplateCriterionForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.addCriterion(form.getExpectedVersion(), form.input(), admin.getName()),
                () -> criterionView(model, templates.current(), null));
    }

    @GetMapping("/criteria/{criterionId}")
    String editCriterionForm(@PathVariable UUID criterionId, Model model) {
        TemplateVersionView current = templates.current();
        var criterion = current.criteria().stream()
                .filter(c -> c.stableId().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Template criterion", criterionId));
        model.addAttribute("form", TemplateCriterionForm.of(criterion, current.version()));
        return criterionView(model, current, criterionId);
    }

    @PostMapping("/criteria/{criterionId}")
    String editCriterion(
            @PathVariable UUID criterionId,
            @Valid @ModelAttribute("form") TemplateCriterionForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return saveForm(
                errors,
                form::setExpectedVersion,
                response,
                redirect,
                () -> templates.editCriterion(form.getExpectedVersion(), criterionId, form.input(), admin.getName()),
                () -> criterionView(model, templates.current(), criterionId));
    }

    @AsksFirst("team.template.remove.confirm")
    @PostMapping("/criteria/{criterionId}/remove")
    String removeCriterion(
            @PathVariable UUID criterionId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return action(
                model,
                response,
                redirect,
                () -> templates.removeCriterion(expectedVersion, criterionId, admin.getName()));
    }

    // ---- shared handling ----

    private interface VersionSave {
        TemplateVersionView save();
    }

    private interface FormView {
        String render();
    }

    private interface ExpectedVersion {
        void set(int version);
    }

    /**
     * A typed form: saved, it redirects to the template with the new version number; refused, it comes
     * back with the input kept — a field error, or 409 when someone else saved a version meanwhile.
     */
    private String saveForm(
            BindingResult errors,
            ExpectedVersion expected,
            HttpServletResponse response,
            RedirectAttributes redirect,
            VersionSave save,
            FormView form) {
        return FormSubmission.of(errors, response)
                .whenStale("team.template.stale", () -> {
                    expected.set(templates.current().version());
                    return form.render();
                })
                .submit(() -> saved(save.save(), redirect), form::render);
    }

    /** A button without typed input: refused, the template page comes back with the reason. */
    private String action(Model model, HttpServletResponse response, RedirectAttributes redirect, VersionSave save) {
        try {
            return saved(save.save(), redirect);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", "team.template.stale.action");
        } catch (InvalidInputException e) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("flashError", e.messageCode());
        }
        return templateView(model, templates.current(), true);
    }

    private static String saved(TemplateVersionView saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute(CREATED_VERSION, saved.version());
        return REDIRECT;
    }

    private String templateView(Model model, TemplateVersionView shown, boolean editable) {
        model.addAttribute("page", TemplatePage.of(shown, editable));
        model.addAttribute("versions", templates.history());
        return "team/template";
    }

    private static String itemView(Model model, TemplateVersionView current, @Nullable UUID itemId) {
        model.addAttribute("current", current);
        model.addAttribute("itemId", itemId);
        model.addAttribute("audiences", PlanAudience.values());
        model.addAttribute("months", PlanMonth.values());
        return "team/template-item";
    }

    private static String sectionView(Model model, TemplateVersionView current, @Nullable UUID sectionId) {
        model.addAttribute("current", current);
        model.addAttribute("sectionId", sectionId);
        return "team/template-section";
    }

    private static String criterionView(Model model, TemplateVersionView current, @Nullable UUID criterionId) {
        model.addAttribute("current", current);
        model.addAttribute("criterionId", criterionId);
        model.addAttribute("evidences", CriterionEvidence.values());
        return "team/template-criterion";
    }
}
