package dev.facet.assignment.web;

import dev.facet.assignment.AssignmentManagement;
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

/** The admin edits what open onboardings and each gemstone weigh in a TAM's load. */
@Controller
@RequestMapping("/admin/load-weights")
class LoadWeightsAdminController {

    private static final String VIEW = "assignment/load-weights";

    private final AssignmentManagement assignments;

    LoadWeightsAdminController(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", LoadWeightsForm.of(assignments.weights()));
        return VIEW;
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") LoadWeightsForm form,
            BindingResult errors,
            CurrentUser admin,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("assignment.weights.stale", () -> {
                    // The typed values stay; saving again replaces the other admin's weights knowingly.
                    form.setVersion(assignments.weights().version());
                    return VIEW;
                })
                .submit(
                        () -> {
                            assignments.changeWeights(form.weights(), admin);
                            redirect.addFlashAttribute("message", "assignment.weights.saved");
                            return "redirect:/admin/load-weights";
                        },
                        () -> VIEW);
    }
}
