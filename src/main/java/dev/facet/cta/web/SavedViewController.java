package dev.facet.cta.web;

import dev.facet.cta.SavedViewSummary;
import dev.facet.cta.SavedViews;
import dev.facet.security.CurrentUser;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.web.AsksFirst;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving the cockpit as it stands under a name (its filters arrive in the form's address, bound as
 * the cockpit binds them), choosing the default view, and deleting one.
 */
@Controller
class SavedViewController {

    private final SavedViews views;

    SavedViewController(SavedViews views) {
        this.views = views;
    }

    @PostMapping("/ctas/views")
    String save(
            @ModelAttribute("query") CockpitQuery query,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean makeDefault,
            CurrentUser me,
            RedirectAttributes redirect) {
        try {
            SavedViewSummary saved = views.save(me, name, query.savedQuery(), makeDefault);
            redirect.addFlashAttribute("message", "cta.views.saved");
            return "redirect:/ctas?" + saved.query();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
            return "redirect:" + query.url(0);
        }
    }

    @PostMapping("/ctas/views/{id}/default")
    String makeDefault(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        views.makeDefault(me, id);
        redirect.addFlashAttribute("message", "cta.views.defaultSaved");
        return "redirect:/ctas";
    }

    @AsksFirst("cta.views.delete.confirm")
    @PostMapping("/ctas/views/{id}/delete")
    String delete(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        views.delete(me, id);
        redirect.addFlashAttribute("message", "cta.views.deleted");
        return "redirect:/ctas?owner=" + me.id();
    }
}
