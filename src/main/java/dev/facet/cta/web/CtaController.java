package dev.facet.cta.web;

import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.DelayCause;
import dev.facet.cta.TaskStatus;
import dev.facet.security.CurrentUser;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The CTA page and everything its owner (or a manager) does on it; tasks update in place with htmx. */
@Controller
class CtaController {

    static final String TASK_LIST = "cta/tasks :: task-list";

    private static final Map<String, String> SECTION_OF_ACTION = Map.of(
            "comments", "cta-comment",
            "snooze", "cta-snooze",
            "close", "cta-close",
            "reopen", "cta-reopen",
            "due-date", "cta-due-date",
            "delays", "cta-delay");
    private static final int UNPROCESSABLE = 422;

    private final CtaManagement ctas;
    private final CtaPage page;

    CtaController(CtaManagement ctas, CtaPage page) {
        this.ctas = ctas;
        this.page = page;
    }

    @GetMapping("/ctas/{id}")
    String show(@PathVariable UUID id, CurrentUser me, Model model) {
        return page(id, me, model);
    }

    // ---- tasks (htmx: the task list comes back; without JavaScript, redirect after post) ----

    @PostMapping("/ctas/{id}/tasks/{taskId}/done")
    String done(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        ctas.setTaskStatus(id, taskId, TaskStatus.DONE, null, CtaActor.user(me));
        return afterTask(id, htmx, "cta.task.saved.done", me, model, redirect);
    }

    @PostMapping("/ctas/{id}/tasks/{taskId}/not-applicable")
    String notApplicable(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestParam(required = false) @Nullable String note,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ctas.setTaskStatus(id, taskId, TaskStatus.NOT_APPLICABLE, note, CtaActor.user(me));
        } catch (InvalidInputException e) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("taskError", new TaskError(taskId, e.messageCode(), note));
            String view = page(id, me, model);
            return htmx.view(TASK_LIST, view);
        }
        return afterTask(id, htmx, "cta.task.saved.notApplicable", me, model, redirect);
    }

    @PostMapping("/ctas/{id}/tasks/{taskId}/reopen")
    String reopen(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        ctas.setTaskStatus(id, taskId, TaskStatus.OPEN, null, CtaActor.user(me));
        return afterTask(id, htmx, "cta.task.saved.reopened", me, model, redirect);
    }

    @PostMapping("/ctas/{id}/tasks/{taskId}/checklist/{index}")
    String checklist(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @PathVariable int index,
            @RequestParam(defaultValue = "false") boolean done,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        ctas.markChecklistItem(id, taskId, index, done, CtaActor.user(me));
        return afterTask(id, htmx, "cta.task.saved.checklist", me, model, redirect);
    }

    private String afterTask(
            UUID id, HtmxRequest htmx, String message, CurrentUser me, Model model, RedirectAttributes redirect) {
        return htmx.afterChange(message, "/ctas/" + id, redirect, () -> {
            model.addAttribute("htmx", true);
            page(id, me, model);
            return TASK_LIST;
        });
    }

    // ---- the CTA's forms ----

    @PostMapping("/ctas/{id}/comments")
    String comment(
            @PathVariable UUID id,
            @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                id,
                errors,
                me,
                model,
                response,
                redirect,
                "cta.comment.saved",
                () -> ctas.comment(id, Objects.requireNonNull(form.getBody()).strip(), CtaActor.user(me)));
    }

    @PostMapping("/ctas/{id}/snooze")
    String snooze(
            @PathVariable UUID id,
            @Valid @ModelAttribute("snoozeForm") SnoozeForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                id,
                errors,
                me,
                model,
                response,
                redirect,
                "cta.snooze.saved",
                () -> ctas.snooze(
                        id,
                        Objects.requireNonNull(form.getUntil()),
                        Objects.requireNonNull(form.getReason()),
                        CtaActor.user(me)));
    }

    @PostMapping("/ctas/{id}/wake")
    String wake(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        ctas.wake(id, CtaActor.user(me));
        return done(id, "cta.wake.saved", redirect);
    }

    @PostMapping("/ctas/{id}/close")
    String close(
            @PathVariable UUID id,
            @Valid @ModelAttribute("closeForm") CloseForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                id,
                errors,
                me,
                model,
                response,
                redirect,
                "cta.close.saved",
                () -> ctas.close(
                        id,
                        Objects.requireNonNull(form.getStatus()),
                        form.getClosedDate(),
                        form.getVersion(),
                        form.isConfirmOpenTasks(),
                        CtaActor.user(me)));
    }

    @PostMapping("/ctas/{id}/reopen")
    String reopen(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reopenForm") ReopenForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            return submit(
                    id,
                    errors,
                    me,
                    model,
                    response,
                    redirect,
                    "cta.reopen.saved",
                    () -> ctas.reopen(id, form.getReason(), form.getVersion(), CtaActor.user(me)));
        } catch (ConflictException e) {
            // Open already, or another open CTA of its type and reason: the page says which.
            redirect.addFlashAttribute("flashError", "cta.reopen.conflict");
            return "redirect:/ctas/" + id;
        }
    }

    @PostMapping("/ctas/{id}/due-date")
    String moveDueDate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("dueDateForm") DueDateForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                id,
                errors,
                me,
                model,
                response,
                redirect,
                "cta.dueDate.saved",
                () -> ctas.moveDueDate(
                        id,
                        Objects.requireNonNull(form.getDueDate()),
                        form.isMoveOpenTasks(),
                        form.getVersion(),
                        CtaActor.user(me)));
    }

    @PostMapping("/ctas/{id}/take-ownership")
    String takeOwnership(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        ctas.takeOwnership(id, CtaActor.user(me));
        return done(id, "cta.owner.taken", redirect);
    }

    @AsksFirst("cta.delete.confirm")
    @PostMapping("/ctas/{id}/delete")
    String delete(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        UUID accountId = ctas.detail(id).summary().accountId();
        ctas.delete(id, CtaActor.user(me));
        redirect.addFlashAttribute("message", "cta.deleted");
        return "redirect:/accounts/" + accountId;
    }

    @PostMapping("/ctas/{id}/delays")
    String logDelay(
            @PathVariable UUID id,
            @Valid @ModelAttribute("delayForm") DelayForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String saved = form.getCause() == DelayCause.CUSTOMER_SIDE ? "cta.delay.saved.customerSide" : "cta.delay.saved";
        return submit(
                id,
                errors,
                me,
                model,
                response,
                redirect,
                saved,
                () -> ctas.logDelay(
                        id,
                        Objects.requireNonNull(form.getCause()),
                        Objects.requireNonNull(form.getReason()),
                        Objects.requireNonNull(form.getSentiment()),
                        CtaActor.user(me)));
    }

    /** A closed CTA refuses work: back to its page with the reason (htmx follows an HX-Redirect). */
    @ExceptionHandler(ConflictException.class)
    @Nullable
    String conflict(HttpServletRequest request, HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put("flashError", "cta.conflict");
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        String path = id == null ? "/ctas" : "/ctas/" + UUID.fromString(id);
        if (HtmxRequest.of(request).fromHtmx()) {
            RequestContextUtils.saveOutputFlashMap(path, request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + path);
            return null;
        }
        return "redirect:" + path;
    }

    // ---- helpers ----

    /**
     * Runs a form's action once the form is valid: success redirects with the saved message; a stale
     * version (409) or a rejected value (422) shows the page again with what the user typed.
     */
    private String submit(
            UUID id,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String savedMessage,
            Runnable action) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            action.run();
                            return done(id, savedMessage, redirect);
                        },
                        () -> {
                            model.addAttribute("failedSection", CtaPage.sectionOf(errors.getObjectName()));
                            return page(id, me, model);
                        });
    }

    /**
     * Each action's address read with GET (a bookmark, Enter in the address bar after a refused post)
     * leads to the CTA page at its form, never to a 405.
     */
    @GetMapping({
        "/ctas/{id}/comments",
        "/ctas/{id}/snooze",
        "/ctas/{id}/close",
        "/ctas/{id}/reopen",
        "/ctas/{id}/due-date",
        "/ctas/{id}/delays"
    })
    String actionAddress(@PathVariable UUID id, HttpServletRequest request) {
        String action =
                request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        return "redirect:/ctas/" + id + "#" + SECTION_OF_ACTION.get(action);
    }

    private static String done(UUID id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/ctas/" + id;
    }

    private String page(UUID id, CurrentUser me, Model model) {
        return page.render(id, me, model);
    }
}
