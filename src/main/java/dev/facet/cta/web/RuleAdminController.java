package dev.facet.cta.web;

import dev.facet.account.Gemstone;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin switches and tunes the onboarding trigger rules (DOMAIN 3). One form per rule, each under
 * its own model name so its errors stay beside it; every save makes a new version of that rule.
 */
@Controller
@RequestMapping("/admin/cta-rules")
class RuleAdminController {

    /** The model name of each rule's form, as the template binds it. */
    static final Map<TriggerRule, String> FORM_NAMES = new EnumMap<>(Map.of(
            TriggerRule.TAM_QUALIFYING_ARR, "arrRule",
            TriggerRule.STAGE_FIVE, "stageFiveRule",
            TriggerRule.GEMSTONE, "gemstoneRule",
            TriggerRule.ONBOARDING_PILOT, "pilotRule",
            TriggerRule.BY_HAND, "byHandRule"));

    private static final String VIEW = "cta/rules";

    private final CtaRulesAdministration ctaRules;

    RuleAdminController(CtaRulesAdministration ctaRules) {
        this.ctaRules = ctaRules;
    }

    @GetMapping
    String page(Model model) {
        return view(model);
    }

    @PostMapping("/TAM_QUALIFYING_ARR")
    String saveArr(
            @Valid @ModelAttribute("arrRule") RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(TriggerRule.TAM_QUALIFYING_ARR, form, errors, admin, model, response, redirect);
    }

    @PostMapping("/STAGE_FIVE")
    String saveStageFive(
            @Valid @ModelAttribute("stageFiveRule") RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(TriggerRule.STAGE_FIVE, form, errors, admin, model, response, redirect);
    }

    @PostMapping("/GEMSTONE")
    String saveGemstone(
            @Valid @ModelAttribute("gemstoneRule") RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(TriggerRule.GEMSTONE, form, errors, admin, model, response, redirect);
    }

    @PostMapping("/ONBOARDING_PILOT")
    String savePilot(
            @Valid @ModelAttribute("pilotRule") RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(TriggerRule.ONBOARDING_PILOT, form, errors, admin, model, response, redirect);
    }

    @PostMapping("/BY_HAND")
    String saveByHand(
            @Valid @ModelAttribute("byHandRule") RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(TriggerRule.BY_HAND, form, errors, admin, model, response, redirect);
    }

    private String save(
            TriggerRule rule,
            RuleForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("cta.admin.rule.stale", () -> {
                    // The typed values stay; the form now builds on the newer version the history shows.
                    ctaRules.currentRules().stream()
                            .filter(r -> r.rule() == rule)
                            .findFirst()
                            .ifPresent(r -> form.setBasedOnVersion(r.version()));
                    return view(model);
                })
                .submit(
                        () -> {
                            RuleSettings saved =
                                    ctaRules.changeRule(form.settings(rule), form.getBasedOnVersion(), admin);
                            redirect.addFlashAttribute("savedRule", saved.rule());
                            redirect.addFlashAttribute("savedVersion", saved.version());
                            redirect.addFlashAttribute("unchanged", saved.version() == form.getBasedOnVersion());
                            return "redirect:/admin/cta-rules#rule-" + rule.name();
                        },
                        () -> view(model));
    }

    /** Fills in the forms not already bound by a failed save, and every rule's history. */
    private String view(Model model) {
        Map<String, RuleAdminView> rules = new HashMap<>();
        for (RuleSettings current : ctaRules.currentRules()) {
            rules.put(current.rule().name(), RuleAdminView.of(current, ctaRules.ruleHistory(current.rule())));
            String name = FORM_NAMES.get(current.rule());
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, RuleForm.of(current));
            }
        }
        model.addAttribute("rules", rules);
        model.addAttribute("gemstones", Gemstone.values());
        return VIEW;
    }
}
