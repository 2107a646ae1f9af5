package dev.facet.cta.web;

import dev.facet.cta.RiskFlags;
import dev.facet.security.CurrentUser;
import dev.facet.shared.InvalidInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's risk flag, set or cleared by hand. It lives beside the RISK items it follows;
 * the account page only links here, and the answer goes back to it.
 */
@Controller
class RiskFlagController {

    private final RiskFlags riskFlags;

    RiskFlagController(RiskFlags riskFlags) {
        this.riskFlags = riskFlags;
    }

    @PostMapping("/accounts/{id}/risk")
    String change(
            @PathVariable UUID id,
            @RequestParam boolean atRisk,
            @RequestParam(defaultValue = "") @Nullable String reason,
            CurrentUser me,
            RedirectAttributes redirect) {
        try {
            riskFlags.change(id, atRisk, reason == null ? "" : reason, me);
            redirect.addFlashAttribute("message", atRisk ? "account.risk.flagged" : "account.risk.cleared");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
        }
        return "redirect:/accounts/" + id + "#account-risk";
    }
}
