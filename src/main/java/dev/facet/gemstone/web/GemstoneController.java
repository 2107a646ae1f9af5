package dev.facet.gemstone.web;

import dev.facet.gemstone.GemstoneManagement;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.HtmxRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The gemstone panel of the account page, loaded and updated in place with htmx. */
@Controller
class GemstoneController {

    private final GemstoneManagement gemstones;

    GemstoneController(GemstoneManagement gemstones) {
        this.gemstones = gemstones;
    }

    @GetMapping("/accounts/{accountId}/gemstone")
    String panel(@PathVariable UUID accountId, CurrentUser me, Model model) {
        model.addAttribute("panel", gemstones.panel(accountId, me));
        return "gemstone/panel :: panel";
    }

    @PostMapping("/accounts/{accountId}/entitlements/{entitlementId}")
    String markScheduled(
            @PathVariable UUID accountId,
            @PathVariable int entitlementId,
            @RequestParam(defaultValue = "false") boolean scheduled,
            HtmxRequest htmx,
            CurrentUser me,
            Model model) {
        gemstones.markScheduled(accountId, entitlementId, scheduled, me);
        return htmx.fromHtmx() ? panel(accountId, me, model) : "redirect:/accounts/" + accountId;
    }
}
