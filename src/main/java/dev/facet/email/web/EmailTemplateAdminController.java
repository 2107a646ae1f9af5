package dev.facet.email.web;

import dev.facet.email.EmailPreview;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailTemplateRevisionView;
import dev.facet.email.EmailTemplateView;
import dev.facet.email.EmailTokens;
import dev.facet.email.EmailVariant;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import dev.facet.shared.web.PageLinks;
import dev.facet.shared.web.PageView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
 * The admin's editor for the ten enablement email templates: the list, and per template a form with
 * a live preview on a sample account (htmx posts the form as the admin types; without JavaScript a
 * Preview button does the same as a whole page), the tokens to insert, and the history of versions.
 * A save over someone else's is answered 409 with the typed text kept.
 */
@Controller
@RequestMapping("/admin/email-templates")
class EmailTemplateAdminController {

    static final int HISTORY_PAGE_SIZE = 20;
    private static final String EDIT = "email/template-edit";
    private static final String PREVIEW = "email/template-edit :: email-preview";

    private final EmailTemplateManagement emails;
    private final PreviewSample sample;

    EmailTemplateAdminController(EmailTemplateManagement emails, PreviewSample sample) {
        this.emails = emails;
        this.sample = sample;
    }

    @GetMapping
    String list(Model model) {
        Map<EmailVariant, List<EmailTemplateView>> byVariant = emails.templates().stream()
                .collect(Collectors.groupingBy(EmailTemplateView::variant, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("variants", byVariant.entrySet());
        model.addAttribute("settings", emails.settings());
        return "email/templates";
    }

    /** The editor; {@code from} loads an earlier version's text into the form, to be saved as the newest. */
    @GetMapping("/{id}")
    String edit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long from,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser me,
            Model model) {
        EmailTemplateView template = emails.template(id);
        EditEmailTemplateForm form;
        if (from == null) {
            form = EditEmailTemplateForm.of(template);
        } else {
            EmailTemplateRevisionView earlier = emails.revision(id, from);
            form = EditEmailTemplateForm.of(earlier.subject(), earlier.body(), template.version());
            model.addAttribute("loadedVersion", earlier.version());
        }
        model.addAttribute("form", form);
        return editView(template, form, page, me, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EditEmailTemplateForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // The typed text stays; saving again replaces the other admin's version knowingly,
                    // and the history below shows what they saved.
                    EmailTemplateView current = emails.template(id);
                    form.setBasedOnVersion(current.version());
                    return editView(current, form, 0, me, model);
                })
                .submit(
                        () -> {
                            emails.change(
                                    id, form.getSubject(), form.getBody(), form.getBasedOnVersion(), me.username());
                            redirect.addFlashAttribute("message", "email.template.saved");
                            return "redirect:/admin/email-templates/" + id;
                        },
                        () -> editView(emails.template(id), form, 0, me, model));
    }

    /** The rendered form: a fragment for htmx, the whole editor for the Preview button without JavaScript. */
    @PostMapping("/{id}/preview")
    String preview(
            @PathVariable UUID id,
            @ModelAttribute("form") EditEmailTemplateForm form,
            // Declared so that a malformed version number still previews (it only matters on save).
            BindingResult unusedBindingErrors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model) {
        if (htmx.fromHtmx()) {
            addPreview(form, me, model);
            return PREVIEW;
        }
        return editView(emails.template(id), form, 0, me, model);
    }

    @GetMapping("/{id}/versions/{version}")
    String version(@PathVariable UUID id, @PathVariable long version, Model model) {
        model.addAttribute("template", emails.template(id));
        model.addAttribute("revision", emails.revision(id, version));
        return "email/template-version";
    }

    private String editView(
            EmailTemplateView template, EditEmailTemplateForm form, int page, CurrentUser me, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("tokens", EmailTokens.NAMES);
        model.addAttribute(
                "history",
                PageView.of(emails.revisions(template.id(), PageRequest.of(Math.max(page, 0), HISTORY_PAGE_SIZE))));
        model.addAttribute("historyLinks", PageLinks.of("/admin/email-templates/" + template.id()));
        addPreview(form, me, model);
        return EDIT;
    }

    private void addPreview(EditEmailTemplateForm form, CurrentUser me, Model model) {
        model.addAttribute("sampleAccount", PreviewSample.ACCOUNT);
        model.addAttribute("sampleContacts", String.join(", ", PreviewSample.ADMIN_CONTACTS));
        if (form.tooLongToPreview()) {
            model.addAttribute("previewTooLong", true);
        } else {
            model.addAttribute("preview", EmailPreview.of(form.getSubject(), form.getBody(), sample.tokensFor(me)));
        }
    }
}
