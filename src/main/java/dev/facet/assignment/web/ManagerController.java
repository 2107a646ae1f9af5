package dev.facet.assignment.web;

import dev.facet.assignment.AssignmentManagement;
import dev.facet.assignment.BulkJobView;
import dev.facet.assignment.QueuePage;
import dev.facet.assignment.UngraduatedTamException;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.web.HtmxRequest;
import dev.facet.shared.web.PageView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's home page: the assignment queue, moving a TAM's accounts, and the team table. A bulk
 * action starts a background job; with htmx the page swaps in its progress, which polls itself until
 * the summary shows, and without JavaScript the post redirects to the page showing the job.
 */
@Controller
@RequestMapping("/manager")
class ManagerController {

    private static final String VIEW = "assignment/manager";
    private static final String JOB_PANEL = "assignment/manager :: job-panel";
    private static final String ACTION_ERROR = "assignment/manager :: action-error";
    private static final String RAMPING_WARNING = "assignment/manager :: ramping-warning";

    private final AssignmentManagement assignments;
    private final UserManagement users;

    ManagerController(AssignmentManagement assignments, UserManagement users) {
        this.assignments = assignments;
        this.users = users;
    }

    @GetMapping
    String home(
            @ModelAttribute("query") ManagerQuery query,
            @RequestParam(required = false) @Nullable UUID job,
            CurrentUser me,
            Model model) {
        QueuePage queue =
                assignments.queue(me, query.allItems(), PageRequest.of(query.pageNumber(), ManagerQuery.PAGE_SIZE));
        model.addAttribute("queue", queue);
        model.addAttribute("page", PageView.of(queue.items()));
        model.addAttribute("team", assignments.team(me, query.wholeTeam()));
        model.addAttribute("holders", assignments.bookHolders(me));
        if (query.from() != null) {
            model.addAttribute("fromTam", users.find(query.from()).orElse(null));
            model.addAttribute("book", assignments.book(me, query.from()));
        }
        if (job != null) {
            assignments.job(job, me).ifPresent(j -> model.addAttribute("job", j));
        }
        return VIEW;
    }

    @PostMapping("/assignments")
    String assign(
            @ModelAttribute AssignForm form,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            List<AssignmentManagement.Assignment> chosen = new ArrayList<>();
            for (UUID ctaId : form.items()) {
                UUID tam = form.tamFor(ctaId);
                if (tam == null) {
                    throw new InvalidInputException("tam", "assignment.notTam", "Choose a TAM for every item");
                }
                chosen.add(new AssignmentManagement.Assignment(ctaId, tam));
            }
            return started(
                    assignments.startAssigning(chosen, form.isConfirmUngraduated(), me), htmx, me, model, redirect);
        } catch (InvalidInputException e) {
            return refused(e, htmx, model, response, redirect);
        } catch (UngraduatedTamException e) {
            return warned(e, "assign-form", htmx, model, response, redirect);
        }
    }

    @PostMapping("/reassignments")
    String reassign(
            @ModelAttribute ReassignForm form,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            UUID from = form.getFromTamId();
            if (from == null) {
                throw new InvalidInputException("fromTamId", "assignment.chooseFrom", "Choose the TAM to move from");
            }
            UUID to = form.toTamId();
            if (to == null && !form.spread()) {
                throw new InvalidInputException("to", "assignment.chooseTo", "Choose a TAM to move to");
            }
            if (!form.isAllAccounts() && form.getAccountIds().isEmpty()) {
                throw new InvalidInputException(
                        "accountIds", "assignment.nothingSelected", "Choose at least one account");
            }
            List<UUID> accountIds = form.isAllAccounts() ? List.of() : form.getAccountIds();
            return started(
                    assignments.startReassigning(from, accountIds, to, form.isConfirmUngraduated(), me),
                    htmx,
                    me,
                    model,
                    redirect);
        } catch (InvalidInputException e) {
            return refused(e, htmx, model, response, redirect);
        } catch (UngraduatedTamException e) {
            return warned(e, "reassign-form", htmx, model, response, redirect);
        }
    }

    /** The job's progress or, once it ended, its summary: the fragment polls itself until then. */
    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, CurrentUser me, Model model) {
        model.addAttribute("job", find(id, me));
        return JOB_PANEL;
    }

    @GetMapping("/team/{tamId}/overdue-tasks")
    String overdueTasks(@PathVariable UUID tamId, CurrentUser me, Model model) {
        model.addAttribute("tam", users.find(tamId).orElseThrow(() -> new NotFoundException("User", tamId)));
        model.addAttribute("tasks", assignments.overdueTasks(me, tamId));
        return "assignment/overdue-tasks";
    }

    /** Without JavaScript too, the answer opens at the panel that reports it, not at the top of the page. */
    private static final String REDIRECT_TO_PANEL = "redirect:/manager#job-panel";

    private String started(UUID jobId, HtmxRequest htmx, CurrentUser me, Model model, RedirectAttributes redirect) {
        if (htmx.fromHtmx()) {
            model.addAttribute("job", find(jobId, me));
            return JOB_PANEL;
        }
        redirect.addAttribute("job", jobId);
        return REDIRECT_TO_PANEL;
    }

    private String refused(
            InvalidInputException e,
            HtmxRequest htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (htmx.fromHtmx()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e.messageCode());
            return ACTION_ERROR;
        }
        redirect.addFlashAttribute("flashError", e.messageCode());
        return REDIRECT_TO_PANEL;
    }

    /**
     * An assignment to TAMs still ramping up, not confirmed: nothing started. With htmx the warning
     * takes the progress panel's place with a confirmation box that belongs to the form ({@code
     * formId}), so the manager ticks it and submits again with what they chose still in place; without
     * JavaScript the page comes back with the warning, and the box is on the form.
     */
    private String warned(
            UngraduatedTamException e,
            String formId,
            HtmxRequest htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (htmx.fromHtmx()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("rampingNames", String.join(", ", e.names()));
            model.addAttribute("rampingForm", formId);
            return RAMPING_WARNING;
        }
        redirect.addFlashAttribute("rampingNames", String.join(", ", e.names()));
        redirect.addFlashAttribute("rampingForm", formId);
        return REDIRECT_TO_PANEL;
    }

    private BulkJobView find(UUID id, CurrentUser me) {
        return assignments.job(id, me).orElseThrow(() -> new NotFoundException("Job", id));
    }
}
