package dev.facet.email.web;

import dev.facet.email.EmailTemplateManagement;
import dev.facet.security.CurrentUser;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import dev.facet.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
        if (!errors.hasErrors()) {
            try {
                emails.changeSettings(form.toSettings(), me);
                redirect.addFlashAttribute("message", "email.settings.saved");
                return "redirect:/admin/email-settings";
            } catch (StaleEditException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("form.stale");
                // The typed values stay; saving again replaces the other admin's change knowingly.
                form.setVersion(emails.settings().version());
                return VIEW;
            } catch (InvalidInputException e) {
                FormErrors.reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return VIEW;
    }
}
