package dev.facet.cta.web;

import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin edits who gets each account's ASSIGN_TAM item, and the due days of CTA work items. */
@Controller
@RequestMapping("/admin/cta-routing")
class RoutingAdminController {

    private static final String VIEW = "cta/routing";

    /** One row of the grid: a segment and the form keys of its cells, region by region. */
    public record GridRow(Segment segment, List<GridCell> cells) {}

    public record GridCell(Region region, String key) {}

    private final CtaRulesAdministration ctaRules;
    private final UserManagement users;

    RoutingAdminController(CtaRulesAdministration ctaRules, UserManagement users) {
        this.ctaRules = ctaRules;
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", RoutingForm.of(ctaRules.routing()));
        return view(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") RoutingForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("cta.admin.routing.stale", () -> {
                    // The typed values stay; saving again replaces the other admin's table knowingly.
                    form.setVersion(ctaRules.routing().version());
                    return view(model);
                })
                .submit(
                        () -> {
                            ctaRules.changeRouting(form.settings(), admin);
                            redirect.addFlashAttribute("message", "cta.admin.routing.saved");
                            return "redirect:/admin/cta-routing";
                        },
                        () -> view(model));
    }

    private String view(Model model) {
        model.addAttribute("managers", users.activeWithRole(Role.MANAGER));
        model.addAttribute("regions", Region.values());
        model.addAttribute(
                "grid",
                Arrays.stream(Segment.values())
                        .map(s -> new GridRow(
                                s,
                                Arrays.stream(Region.values())
                                        .map(r -> new GridCell(r, RoutingForm.key(s, r)))
                                        .toList()))
                        .toList());
        return VIEW;
    }
}
