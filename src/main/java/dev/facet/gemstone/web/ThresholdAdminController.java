package dev.facet.gemstone.web;

import dev.facet.gemstone.GemstoneManagement;
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

/** The admin edits the gemstone table; every account is reclassified after a save. */
@Controller
@RequestMapping("/admin/gemstone-thresholds")
class ThresholdAdminController {

    private final GemstoneManagement gemstones;

    ThresholdAdminController(GemstoneManagement gemstones) {
        this.gemstones = gemstones;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ThresholdForm.of(gemstones.thresholdSettings()));
        return "gemstone/thresholds";
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") ThresholdForm form,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            gemstones.changeThresholds(form.thresholds(), form.getVersion());
                            redirect.addFlashAttribute("message", "gemstone.thresholds.saved");
                            return "redirect:/admin/gemstone-thresholds";
                        },
                        () -> "gemstone/thresholds");
    }
}
