package dev.facet.metrics.web;

import dev.facet.metrics.TimeToValueManagement;
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

/** The admin edits the time-to-value goals (DOMAIN 7: 14, 30 and 45 days by default). */
@Controller
@RequestMapping("/admin/metric-goals")
class MetricGoalAdminController {

    private static final String VIEW = "metrics/goals";

    private final TimeToValueManagement timeToValue;

    MetricGoalAdminController(TimeToValueManagement timeToValue) {
        this.timeToValue = timeToValue;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", MetricGoalForm.of(timeToValue.goalSettings()));
        return view(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") MetricGoalForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("metrics.goals.stale", () -> {
                    form.takeVersions(timeToValue.goalSettings());
                    return view(model);
                })
                .submit(
                        () -> {
                            timeToValue.changeGoals(form.changes(), admin);
                            redirect.addFlashAttribute("message", "metrics.goals.saved");
                            return "redirect:/admin/metric-goals";
                        },
                        () -> view(model));
    }

    private String view(Model model) {
        model.addAttribute("goals", timeToValue.goalSettings());
        return VIEW;
    }
}
