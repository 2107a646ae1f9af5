package dev.facet.cta.web;

import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The cockpit: the signed-in user's CTAs, soon-due work first. */
@Controller
class CockpitController {

    static final int PAGE_SIZE = 25;

    private final CtaManagement ctas;

    CockpitController(CtaManagement ctas) {
        this.ctas = ctas;
    }

    @GetMapping("/ctas")
    String cockpit(@ModelAttribute("query") CockpitQuery query, CurrentUser me, Model model) {
        var page = ctas.cockpit(me.id(), query.filter(), PageRequest.of(query.getPage(), PAGE_SIZE));
        model.addAttribute("page", PageView.of(page));
        model.addAttribute("snoozedCount", ctas.snoozedCount(me.id()));
        model.addAttribute("types", CtaType.values());
        model.addAttribute("statuses", CtaStatus.values());
        return "cta/cockpit";
    }
}
