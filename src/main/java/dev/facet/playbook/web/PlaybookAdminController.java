package dev.facet.playbook.web;

import dev.facet.playbook.NewPlaybookTemplate;
import dev.facet.playbook.PlaybookDetails;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.playbook.PlaybookTaskView;
import dev.facet.playbook.PlaybookTemplateSummary;
import dev.facet.playbook.PlaybookVersionView;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 * The admin's playbook editor. Every save makes a new version of the template; forms carry the
 * version number the admin saw, and a save over someone else's is answered 409 with the input kept.
 */
@Controller
@RequestMapping("/admin/playbooks")
class PlaybookAdminController {

    private static final String CREATED_VERSION = "createdVersion";

    private final PlaybookManagement playbooks;
    private final Clock clock;

    PlaybookAdminController(PlaybookManagement playbooks, Clock clock) {
        this.playbooks = playbooks;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", playbooks.templates());
        return "playbook/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new CreateTemplateForm());
        return "playbook/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CreateTemplateForm form,
            BindingResult errors,
            Principal admin,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenTaken("code", "playbook.code.taken")
                .submit(
                        () -> {
                            PlaybookTemplateSummary created = playbooks.createTemplate(
                                    new NewPlaybookTemplate(
                                            Objects.requireNonNull(form.getCode()),
                                            Objects.requireNonNull(form.getName()),
                                            form.getDescription(),
                                            Objects.requireNonNull(form.getTargetDays())),
                                    admin.getName());
                            redirect.addFlashAttribute("message", "playbook.created");
                            return "redirect:/admin/playbooks/" + created.id();
                        },
                        () -> "playbook/new");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PlaybookVersionView current = playbooks.currentVersionOf(id);
        PlaybookTemplateSummary template = playbooks.template(id);
        model.addAttribute("form", EditTemplateForm.of(template, current));
        return detailView(model, template, current);
    }

    @PostMapping("/{id}")
    String changeDetails(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EditTemplateForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("playbook.stale", () -> {
                    // The admin sees the newer version beside their input and may save over it knowingly.
                    PlaybookVersionView current = playbooks.currentVersionOf(id);
                    form.setExpectedVersion(current.version());
                    return detailView(model, playbooks.template(id), current);
                })
                .submit(
                        () -> {
                            PlaybookVersionView saved = playbooks.changeDetails(
                                    id,
                                    form.getExpectedVersion(),
                                    new PlaybookDetails(
                                            Objects.requireNonNull(form.getName()),
                                            form.getDescription(),
                                            Objects.requireNonNull(form.getTargetDays())),
                                    admin.getName());
                            return savedRedirect(id, saved, redirect);
                        },
                        () -> detailView(model, playbooks.template(id), playbooks.currentVersionOf(id)));
    }

    @GetMapping("/{id}/tasks/new")
    String newTask(@PathVariable UUID id, Model model) {
        PlaybookVersionView current = playbooks.currentVersionOf(id);
        model.addAttribute("form", EditTaskForm.blank(current.version()));
        return taskFormView(model, current, null);
    }

    @PostMapping("/{id}/tasks")
    String addTask(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EditTaskForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkChecklist(form, errors);
        return FormSubmission.of(errors, response)
                .staleMessage("playbook.stale.task")
                .submit(
                        () -> savedRedirect(
                                id,
                                playbooks.addTask(id, form.getExpectedVersion(), form.input(), admin.getName()),
                                redirect),
                        () -> taskFormView(model, playbooks.currentVersionOf(id), null));
    }

    @GetMapping("/{id}/tasks/{taskId}")
    String editTaskForm(@PathVariable UUID id, @PathVariable UUID taskId, Model model) {
        PlaybookVersionView current = playbooks.currentVersionOf(id);
        PlaybookTaskView task = current.tasks().stream()
                .filter(t -> t.id().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Playbook task", taskId));
        model.addAttribute("form", EditTaskForm.of(task, current.version()));
        return taskFormView(model, current, taskId);
    }

    @PostMapping("/{id}/tasks/{taskId}")
    String editTask(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @Valid @ModelAttribute("form") EditTaskForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkChecklist(form, errors);
        return FormSubmission.of(errors, response)
                .staleMessage("playbook.stale.task")
                .submit(
                        () -> savedRedirect(
                                id,
                                playbooks.editTask(
                                        id, form.getExpectedVersion(), taskId, form.input(), admin.getName()),
                                redirect),
                        () -> taskFormView(model, playbooks.currentVersionOf(id), taskId));
    }

    @PostMapping("/{id}/tasks/{taskId}/move-up")
    String moveUp(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return taskAction(
                id,
                model,
                response,
                redirect,
                () -> playbooks.moveTaskUp(id, expectedVersion, taskId, admin.getName()));
    }

    @PostMapping("/{id}/tasks/{taskId}/move-down")
    String moveDown(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return taskAction(
                id,
                model,
                response,
                redirect,
                () -> playbooks.moveTaskDown(id, expectedVersion, taskId, admin.getName()));
    }

    @AsksFirst("playbook.task.remove.confirm")
    @PostMapping("/{id}/tasks/{taskId}/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestParam int expectedVersion,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return taskAction(
                id,
                model,
                response,
                redirect,
                () -> playbooks.removeTask(id, expectedVersion, taskId, admin.getName()));
    }

    /** How a TAM would see the tasks on a CTA that starts today, with links to earlier versions. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model) {
        PlaybookVersionView shown = version == null ? playbooks.currentVersionOf(id) : playbooks.version(id, version);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("template", playbooks.template(id));
        model.addAttribute("shown", shown);
        model.addAttribute("start", today);
        model.addAttribute("targetDate", today.plusDays(shown.targetDays()));
        model.addAttribute(
                "rows", shown.tasks().stream().map(t -> TaskRow.of(t, today)).toList());
        model.addAttribute("versions", playbooks.versions(id));
        return "playbook/preview";
    }

    private interface VersionSave {
        PlaybookVersionView save();
    }

    /** Buttons without typed input: a stale click shows the page again, answered 409, with an error. */
    private String taskAction(
            UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect, VersionSave action) {
        try {
            return savedRedirect(id, action.save(), redirect);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", "playbook.stale.action");
            PlaybookVersionView current = playbooks.currentVersionOf(id);
            PlaybookTemplateSummary template = playbooks.template(id);
            model.addAttribute("form", EditTemplateForm.of(template, current));
            return detailView(model, template, current);
        }
    }

    private static String savedRedirect(UUID id, PlaybookVersionView saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute(CREATED_VERSION, saved.version());
        return "redirect:/admin/playbooks/" + id;
    }

    private static void checkChecklist(EditTaskForm form, BindingResult errors) {
        List<String> items = form.checklistItems();
        if (items.size() > 30 || items.stream().anyMatch(item -> item.length() > 200)) {
            errors.rejectValue("checklist", "playbook.task.checklist.invalid");
        }
    }

    private static String detailView(Model model, PlaybookTemplateSummary template, PlaybookVersionView current) {
        model.addAttribute("template", template);
        model.addAttribute("current", current);
        model.addAttribute(
                "rows", current.tasks().stream().map(t -> TaskRow.of(t, null)).toList());
        return "playbook/detail";
    }

    private static String taskFormView(Model model, PlaybookVersionView current, @Nullable UUID taskId) {
        model.addAttribute("current", current);
        model.addAttribute("taskId", taskId);
        return "playbook/task-form";
    }
}
