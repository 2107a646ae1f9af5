package dev.facet.account.web;

import dev.facet.account.LicenseUsageManagement;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin edits the First Value threshold (DOMAIN 7: 10%); First Value Dates follow at once. */
@Controller
@RequestMapping("/admin/license-usage")
class LicenseSettingsAdminController {

    private static final String VIEW = "account/license-settings";

    private final LicenseUsageManagement licenseUsage;

    LicenseSettingsAdminController(LicenseUsageManagement licenseUsage) {
        this.licenseUsage = licenseUsage;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", LicenseSettingsForm.of(licenseUsage.settings()));
        return VIEW;
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") LicenseSettingsForm form,
            BindingResult errors,
            CurrentUser admin,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // The typed value stays; saving again replaces the other admin's threshold knowingly.
                    form.setVersion(licenseUsage.settings().version());
                    return VIEW;
                })
                .submit(
                        () -> {
                            licenseUsage.changeThreshold(
                                    Objects.requireNonNull(form.getThresholdPercent()), form.getVersion(), admin);
                            redirect.addFlashAttribute("message", "account.licenseSettings.saved");
                            return "redirect:/admin/license-usage";
                        },
                        () -> VIEW);
    }
}
