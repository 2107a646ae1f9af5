package dev.facet.cta.web;

import dev.facet.cta.BulkOutcome;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaBulkActions;
import dev.facet.cta.CtaStatus;
import dev.facet.security.CurrentUser;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.web.RefererPath;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cockpit's bulk actions on the ticked CTAs. The answer is the cockpit as it was (its address
 * comes back from the page the form was on), opened at the result above the list, which says: how
 * many changed, and which were left alone and why.
 */
@Controller
class CockpitBulkController {

    enum BulkAction {
        SNOOZE,
        CLOSE,
        REASSIGN
    }

    private final CtaBulkActions bulk;

    CockpitBulkController(CtaBulkActions bulk) {
        this.bulk = bulk;
    }

    @PostMapping("/ctas/bulk")
    String act(
            @RequestParam BulkAction action,
            @RequestParam(defaultValue = "") List<UUID> ctaIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable CtaStatus status,
            @RequestParam(defaultValue = "false") boolean confirmOpenTasks,
            @RequestParam(required = false) @Nullable UUID ownerId,
            CurrentUser me,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        CtaActor actor = CtaActor.user(me);
        try {
            BulkOutcome outcome = switch (action) {
                case SNOOZE -> {
                    if (until == null || reason.isBlank()) {
                        throw new InvalidInputException("until", "cta.bulk.snooze.needs", "Give a date and a reason");
                    }
                    yield bulk.snooze(ctaIds, until, reason, actor);
                }
                case CLOSE -> {
                    if (status == null || !status.isClosed()) {
                        throw new InvalidInputException("status", "cta.bulk.close.needs", "Choose a closed status");
                    }
                    yield bulk.close(ctaIds, status, confirmOpenTasks, actor);
                }
                case REASSIGN -> {
                    if (ownerId == null) {
                        throw new InvalidInputException("ownerId", "cta.bulk.reassign.needs", "Choose the new owner");
                    }
                    yield bulk.reassign(ctaIds, ownerId, actor);
                }
            };
            redirect.addFlashAttribute("bulkAction", action.name());
            redirect.addFlashAttribute("bulkOutcome", outcome);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("bulkError", e.messageCode());
        }
        return "redirect:" + cockpitAddress(request) + "#bulk-result";
    }

    /** The cockpit page the form was on, filters and all; the plain cockpit when the browser does not say. */
    private static String cockpitAddress(HttpServletRequest request) {
        String page = RefererPath.of(request);
        return page != null && (page.equals("/ctas") || page.startsWith("/ctas?")) ? page : "/ctas";
    }
}
