package dev.facet.cta.web;

import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.security.CurrentUser;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Giving a task its own owner and moving its due date, from the CTA page's task tools; the answer
 * opens the page at the task, with what happened or why not.
 */
@Controller
class TaskController {

    private final CtaManagement ctas;

    TaskController(CtaManagement ctas) {
        this.ctas = ctas;
    }

    @PostMapping("/ctas/{id}/task-owner")
    String assign(
            @PathVariable UUID id,
            @RequestParam UUID taskId,
            @RequestParam(required = false) @Nullable UUID ownerId,
            CurrentUser me,
            RedirectAttributes redirect) {
        return run(id, taskId, redirect, "cta.task.saved.owner", () -> {
            if (ownerId == null) {
                throw new InvalidInputException("ownerId", "cta.bulk.reassign.needs", "Choose the new owner");
            }
            ctas.assignTask(id, taskId, ownerId, CtaActor.user(me));
        });
    }

    @PostMapping("/ctas/{id}/task-due-date")
    String moveDueDate(
            @PathVariable UUID id,
            @RequestParam UUID taskId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
            @RequestParam(defaultValue = "false") boolean moveLater,
            CurrentUser me,
            RedirectAttributes redirect) {
        return run(id, taskId, redirect, "cta.task.saved.dueDate", () -> {
            if (dueDate == null) {
                throw new InvalidInputException("dueDate", "cta.task.dueDate.required", "Give the new due date");
            }
            ctas.moveTaskDueDate(id, taskId, dueDate, moveLater, CtaActor.user(me));
        });
    }

    private static String run(UUID id, UUID taskId, RedirectAttributes redirect, String saved, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", saved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", "cta.conflict");
        }
        return "redirect:/ctas/" + id + "#task-" + taskId;
    }
}
