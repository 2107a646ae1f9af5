package dev.facet.metrics.web;

import dev.facet.metrics.AccountTimeToValue;
import dev.facet.metrics.TimeToValueManagement;
import dev.facet.shared.web.HtmxRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The time-to-value panel of the account page (its latest onboarding) and of an onboarding CTA's page
 * (that onboarding), loaded with htmx; without JavaScript the link opens it as a page of its own.
 */
@Controller
class TimeToValueController {

    private static final String PANEL = "metrics/time-to-value :: time-to-value-panel";
    private static final String PAGE = "metrics/time-to-value-page";

    private final TimeToValueManagement timeToValue;

    TimeToValueController(TimeToValueManagement timeToValue) {
        this.timeToValue = timeToValue;
    }

    @GetMapping("/accounts/{id}/time-to-value")
    String ofAccount(@PathVariable UUID id, HtmxRequest htmx, Model model) {
        return view(timeToValue.ofAccount(id), false, htmx, model);
    }

    @GetMapping("/ctas/{id}/time-to-value")
    String ofOnboarding(@PathVariable UUID id, HtmxRequest htmx, Model model) {
        return view(timeToValue.ofOnboarding(id), true, htmx, model);
    }

    private static String view(AccountTimeToValue ttv, boolean ofCta, HtmxRequest htmx, Model model) {
        model.addAttribute("ttv", ttv);
        model.addAttribute("ofCta", ofCta);
        return htmx.view(PANEL, PAGE);
    }
}
