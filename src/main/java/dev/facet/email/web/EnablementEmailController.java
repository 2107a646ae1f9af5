package dev.facet.email.web;

import dev.facet.email.TemplateText;
import dev.facet.email.program.EnablementDraft;
import dev.facet.email.program.EnablementManagement;
import dev.facet.email.program.EnablementPreview;
import dev.facet.security.CurrentUser;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormErrors;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CTA page's enablement email panel, loaded with htmx like the time-to-value panel, and the
 * TAM's actions on it. With htmx an action answers 204 with an {@code HX-Trigger}, and the panel
 * reloads itself; a refusal comes back as the panel (or the editor) with the reason, 409 or 422.
 * Without JavaScript the panel is a page of its own and every form posts and redirects back to it.
 */
@Controller
class EnablementEmailController {

    static final String CHANGED = "enablement-emails-changed";
    private static final String PANEL = "email/enablement :: enablement-panel";
    private static final String EDITOR = "email/enablement :: enablement-editor";
    private static final String PAGE = "email/enablement-page";
    private static final int UNPROCESSABLE = 422;

    private final EnablementManagement enablement;

    EnablementEmailController(EnablementManagement enablement) {
        this.enablement = enablement;
    }

    @GetMapping("/ctas/{ctaId}/enablement-emails")
    String panel(@PathVariable UUID ctaId, HtmxRequest htmx, CurrentUser me, Model model) {
        return panelView(ctaId, htmx, me, model);
    }

    @GetMapping("/ctas/{ctaId}/enablement-emails/{emailId}/edit")
    String editor(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response) {
        EnablementDraft draft;
        try {
            draft = enablement.draft(ctaId, emailId, me);
        } catch (ConflictException e) {
            return refused(ctaId, htmx, me, model, response);
        }
        var form = new EditEnablementEmailForm();
        form.setSubject(draft.subject());
        form.setBody(draft.body());
        form.setVersion(draft.email().version());
        model.addAttribute("enablementForm", form);
        return editorView(ctaId, draft, draft.preview(), htmx, model);
    }

    @PostMapping("/ctas/{ctaId}/enablement-emails/{emailId}/preview")
    String preview(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            @Valid @ModelAttribute("enablementForm") EditEnablementEmailForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response) {
        EnablementDraft draft;
        try {
            draft = enablement.draft(ctaId, emailId, me);
        } catch (ConflictException e) {
            return refused(ctaId, htmx, me, model, response);
        }
        checkTokens(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(UNPROCESSABLE);
            return editorView(ctaId, draft, null, htmx, model);
        }
        EnablementPreview preview = enablement.preview(
                ctaId, Objects.requireNonNull(form.getSubject()), Objects.requireNonNull(form.getBody()), me);
        return editorView(ctaId, draft, preview, htmx, model);
    }

    @PostMapping("/ctas/{ctaId}/enablement-emails/{emailId}")
    String save(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            @Valid @ModelAttribute("enablementForm") EditEnablementEmailForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkTokens(form, errors);
        return FormSubmission.of(errors, response)
                .whenStale(null, () -> stale(ctaId, emailId, form, errors, htmx, me, model, response))
                .submit(
                        () -> {
                            try {
                                enablement.edit(
                                        ctaId,
                                        emailId,
                                        Objects.requireNonNull(form.getSubject()),
                                        Objects.requireNonNull(form.getBody()),
                                        Objects.requireNonNull(form.getVersion()),
                                        me);
                                return done(ctaId, "enablement.saved.edit", htmx, response, redirect);
                            } catch (ConflictException e) {
                                return refused(ctaId, htmx, me, model, response);
                            }
                        },
                        () -> {
                            try {
                                return editorView(ctaId, enablement.draft(ctaId, emailId, me), null, htmx, model);
                            } catch (ConflictException e) {
                                return refused(ctaId, htmx, me, model, response);
                            }
                        });
    }

    @PostMapping("/ctas/{ctaId}/enablement-emails/{emailId}/send-now")
    String sendNow(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                ctaId,
                htmx,
                me,
                model,
                response,
                redirect,
                "enablement.saved.sendNow",
                () -> enablement.sendNow(ctaId, emailId, me));
    }

    @AsksFirst("enablement.action.skip.ask")
    @PostMapping("/ctas/{ctaId}/enablement-emails/{emailId}/skip")
    String skip(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                ctaId,
                htmx,
                me,
                model,
                response,
                redirect,
                "enablement.saved.skip",
                () -> enablement.skip(ctaId, emailId, me));
    }

    @PostMapping("/ctas/{ctaId}/enablement-emails/{emailId}/restore")
    String restore(
            @PathVariable UUID ctaId,
            @PathVariable UUID emailId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                ctaId,
                htmx,
                me,
                model,
                response,
                redirect,
                "enablement.saved.restore",
                () -> enablement.restore(ctaId, emailId, me));
    }

    @AsksFirst("enablement.action.cancelRest.confirm")
    @PostMapping("/ctas/{ctaId}/enablement-emails/cancel-rest")
    String cancelRest(
            @PathVariable UUID ctaId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                ctaId,
                htmx,
                me,
                model,
                response,
                redirect,
                "enablement.saved.cancelRest",
                () -> enablement.cancelRest(ctaId, me));
    }

    /**
     * Runs an action; a refusal (already sent, the CTA closed: 409; no ADMIN contact, an unusable
     * address: 422) shows the panel again with the reason.
     */
    private String act(
            UUID ctaId,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneMessage,
            Runnable action) {
        try {
            action.run();
            return done(ctaId, doneMessage, htmx, response, redirect);
        } catch (ConflictException e) {
            return refused(ctaId, htmx, me, model, response);
        } catch (InvalidInputException e) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("actionError", e.messageCode());
            return panelView(ctaId, htmx, me, model);
        }
    }

    /**
     * Someone saved the email since the TAM opened it: their text stays in the form (409) beside what
     * was saved, and the next save, made knowing both, wins.
     */
    private String stale(
            UUID ctaId,
            UUID emailId,
            EditEnablementEmailForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response) {
        EnablementDraft current;
        try {
            current = enablement.draft(ctaId, emailId, me);
        } catch (ConflictException e) {
            return refused(ctaId, htmx, me, model, response);
        }
        errors.reject("form.stale");
        form.setVersion(current.email().version());
        model.addAttribute("saved", current);
        return editorView(ctaId, current, null, htmx, model);
    }

    /** The email went, was skipped or cancelled meanwhile, or the CTA closed: the panel shows where it stands. */
    private String refused(UUID ctaId, HtmxRequest htmx, CurrentUser me, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("actionError", "enablement.conflict");
        return panelView(ctaId, htmx, me, model);
    }

    private static @Nullable String done(
            UUID ctaId, String message, HtmxRequest htmx, HttpServletResponse response, RedirectAttributes redirect) {
        return htmx.afterChange(message, "/ctas/" + ctaId + "/enablement-emails", redirect, () -> {
            // the panel reloads itself on this event
            response.setStatus(HttpStatus.NO_CONTENT.value());
            response.setHeader("HX-Trigger", CHANGED);
            return null;
        });
    }

    private String panelView(UUID ctaId, HtmxRequest htmx, CurrentUser me, Model model) {
        model.addAttribute("ctaId", ctaId);
        model.addAttribute("program", enablement.program(ctaId, me));
        return htmx.view(PANEL, PAGE);
    }

    private static String editorView(
            UUID ctaId, EnablementDraft draft, @Nullable EnablementPreview preview, HtmxRequest htmx, Model model) {
        model.addAttribute("ctaId", ctaId);
        model.addAttribute("draft", draft);
        model.addAttribute("preview", preview);
        return htmx.view(EDITOR, PAGE);
    }

    /** Both fields' unknown tokens at once, rather than the subject's first and the body's after a second save. */
    private static void checkTokens(EditEnablementEmailForm form, BindingResult errors) {
        check("subject", form.getSubject(), errors);
        check("body", form.getBody(), errors);
    }

    private static void check(String field, @Nullable String text, BindingResult errors) {
        if (text == null || errors.hasFieldErrors(field)) {
            return;
        }
        try {
            TemplateText.validate(field, text);
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
        }
    }
}
