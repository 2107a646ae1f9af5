package dev.facet.email.web;

import dev.facet.email.EmailTemplateManagement;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin sets the enablement program's spacing and its Customer Enablement sender. */
@Controller
@RequestMapping("/admin/email-settings")
class EmailSettingsAdminController {

    private static final String VIEW = "email/settings";

    private final EmailTemplateManagement emails;

    EmailSettingsAdminController(EmailTemplateManagement emails) {
        this.emails = emails;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", EmailSettingsForm.of(emails.settings()));
        return VIEW;
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") EmailSettingsForm form,
            BindingResult errors,
            CurrentUser me,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // The typed values stay; saving again replaces the other admin's change knowingly.
                    form.setVersion(emails.settings().version());
                    return VIEW;
                })
                .submit(
                        () -> {
                            emails.changeSettings(form.toSettings(), me);
                            redirect.addFlashAttribute("message", "email.settings.saved");
                            return "redirect:/admin/email-settings";
                        },
                        () -> VIEW);
    }
}
