package dev.facet.report.web;

import dev.facet.report.ReportManagement;
import dev.facet.report.ReportSettings;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin sets the day, time and time zone of the weekly onboarding report. */
@Controller
@RequestMapping("/admin/report-settings")
class ReportSettingsAdminController {

    private static final List<String> TIME_ZONES =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final ReportManagement reports;
    private final Clock clock;

    ReportSettingsAdminController(ReportManagement reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ReportSettingsForm.of(reports.settings()));
        return view(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") ReportSettingsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // The typed values stay; saving again replaces the other admin's change knowingly.
                    form.setVersion(reports.settings().version());
                    return view(model);
                })
                .submit(
                        () -> {
                            reports.changeSettings(
                                    Objects.requireNonNull(form.getDayOfWeek()),
                                    Objects.requireNonNull(form.getLocalTime()),
                                    form.getTimeZone(),
                                    form.getVersion());
                            redirect.addFlashAttribute("message", "report.settings.saved");
                            return "redirect:/admin/report-settings";
                        },
                        () -> view(model));
    }

    private String view(Model model) {
        ReportSettings saved = reports.settings();
        model.addAttribute("nextRun", saved.nextRunAfter(clock.instant()));
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("timeZones", TIME_ZONES);
        return "report/settings";
    }
}
