package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.PageLinks;
import dev.facet.shared.web.PageView;
import dev.facet.team.Graduation;
import dev.facet.team.PlanHeader;
import dev.facet.team.PlanMonth;
import dev.facet.team.PlanView;
import dev.facet.team.ShadowingWeek;
import dev.facet.team.StartOptions;
import dev.facet.team.TeamPlanManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team-onboarding pages: the new hire's own plan, the buddy's page, the manager's (or admin's)
 * list, one plan, and starting and ending a plan. The service decides who may see and tick what;
 * these handlers only turn its answers into pages. Item buttons post and redirect back to the page they
 * came from; with htmx the plan's body is swapped in place.
 */
@Controller
class TeamPlanController {

    static final int PLANS_PER_PAGE = 20;
    static final int BUDDY_PLANS_PER_PAGE = 10;
    private static final int UNPROCESSABLE = 422;

    private final TeamPlanManagement plans;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final ShadowingChart shadowingChart;

    TeamPlanController(
            TeamPlanManagement plans,
            MessageSource messages,
            JsonMapper json,
            Clock clock,
            ShadowingChart shadowingChart) {
        this.plans = plans;
        this.shadowingChart = shadowingChart;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** The team entry of the navigation: one's own plan first, then the plans one manages or buddies. */
    @GetMapping("/team")
    String team(CurrentUser me) {
        if (plans.activePlanOf(me.id()).isPresent()) {
            return "redirect:/team/my-plan";
        }
        if (me.isManager() || me.isAdmin()) {
            return "redirect:/team/plans";
        }
        return plans.isBuddy(me.id()) ? "redirect:/team/buddy" : "redirect:/team/my-plan";
    }

    @GetMapping("/team/my-plan")
    String myPlan(CurrentUser me, Model model) {
        Optional<PlanView> plan = plans.myPlan(me);
        if (plan.isEmpty()) {
            return "team/my-plan-none";
        }
        return planPage(plan.get(), "my-plan", model);
    }

    @GetMapping("/team/plans/{id}")
    String plan(@PathVariable UUID id, CurrentUser me, Model model) {
        return planPage(plans.plan(id, me), "plan", model);
    }

    @GetMapping("/team/buddy")
    String buddy(@RequestParam(defaultValue = "0") int page, CurrentUser me, Model model) {
        model.addAttribute(
                "plans", PageView.of(plans.buddyPlans(me, PageRequest.of(Math.max(page, 0), BUDDY_PLANS_PER_PAGE))));
        model.addAttribute("links", PageLinks.of("/team/buddy"));
        return "team/buddy";
    }

    @GetMapping("/team/plans")
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser me, Model model) {
        model.addAttribute("plans", PageView.of(plans.plans(me, PageRequest.of(Math.max(page, 0), PLANS_PER_PAGE))));
        model.addAttribute("links", PageLinks.of("/team/plans"));
        return "team/plans";
    }

    // ---- starting and ending ----

    @GetMapping("/team/plans/new")
    String startForm(CurrentUser me, Model model) {
        var form = new StartPlanForm();
        form.setStartDate(LocalDate.now(clock.withZone(me.timeZone())));
        form.setManagerId(me.isAdmin() ? null : me.id());
        model.addAttribute("form", form);
        return startView(me, model);
    }

    @PostMapping("/team/plans")
    String start(
            @Valid @ModelAttribute("form") StartPlanForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!me.isAdmin()) {
            // A manager's plans are their own, whatever the form says; the service refuses others anyway.
            form.setManagerId(me.id());
        } else if (form.getManagerId() == null) {
            errors.rejectValue("managerId", "team.plan.manager.notManager");
        }
        return FormSubmission.of(errors, response)
                .whenTaken("newHireId", "team.plan.newHire.hasPlan")
                .submit(
                        () -> {
                            PlanHeader started = plans.start(form.plan(), me);
                            redirect.addFlashAttribute("message", "team.plan.started");
                            return "redirect:/team/plans/" + started.id();
                        },
                        () -> startView(me, model));
    }

    /**
     * The plan's manager (or an admin) confirms graduation; with criteria unmet only as an override
     * with a note, refused otherwise with the note field's error and the page as it was.
     */
    @PostMapping("/team/plans/{id}/graduate")
    String graduate(
            @PathVariable UUID id,
            @RequestParam long expectedVersion,
            @RequestParam(required = false) @Nullable String note,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            plans.confirmGraduation(id, expectedVersion, note, me);
            redirect.addFlashAttribute("message", "team.graduation.confirmed");
            return "redirect:/team/plans/" + id;
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("planError", "team.plan.changed");
            return "redirect:/team/plans/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("graduationError", e.messageCode());
            model.addAttribute("graduationNote", note);
            return planPage(plans.plan(id, me), "plan", model);
        }
    }

    @AsksFirst("team.plan.cancel.confirm")
    @PostMapping("/team/plans/{id}/cancel")
    String cancel(
            @PathVariable UUID id, @RequestParam long expectedVersion, CurrentUser me, RedirectAttributes redirect) {
        try {
            plans.cancel(id, expectedVersion, me);
            redirect.addFlashAttribute("message", "team.plan.cancelled");
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("planError", "team.plan.changed");
        }
        return "redirect:/team/plans/" + id;
    }

    // ---- items ----

    @PostMapping("/team/plans/{id}/items/{itemId}/done")
    String done(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "plan") String from,
            CurrentUser me,
            RedirectAttributes redirect) {
        return afterItem(id, itemId, from, redirect, () -> plans.markDone(id, itemId, me));
    }

    @PostMapping("/team/plans/{id}/items/{itemId}/reopen")
    String reopen(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "plan") String from,
            CurrentUser me,
            RedirectAttributes redirect) {
        return afterItem(id, itemId, from, redirect, () -> plans.reopen(id, itemId, me));
    }

    @PostMapping("/team/plans/{id}/items/{itemId}/not-applicable")
    String notApplicable(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "plan") String from,
            @RequestParam(required = false) @Nullable String note,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            return afterItem(id, itemId, from, redirect, () -> plans.markNotApplicable(id, itemId, note, me));
        } catch (InvalidInputException e) {
            // The page comes back with the error beside the note as typed (htmx swaps a 422 too).
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("itemError", new ItemError(itemId, e.messageCode(), note));
            return switch (ReturnPage.of(from)) {
                case BUDDY -> buddy(0, me, model);
                case MY_PLAN -> myPlan(me, model);
                case PLAN -> plan(id, me, model);
            };
        }
    }

    private interface ItemChange {
        void apply();
    }

    /** A refused change (the item or plan changed meanwhile) comes back as a note on the page, not a 500. */
    private static String afterItem(
            UUID planId, UUID itemId, String from, RedirectAttributes redirect, ItemChange change) {
        try {
            change.apply();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("planError", "team.plan.item.changed");
        }
        return "redirect:" + ReturnPage.of(from).path(planId, itemId);
    }

    private String planPage(PlanView plan, String from, Model model) {
        model.addAttribute("page", PlanPage.of(plan, chart(plan), from));
        Graduation graduation = plans.graduation(plan);
        model.addAttribute("graduation", graduation);
        List<ShadowingWeek> weeks = graduation.shadowing().weeks();
        model.addAttribute("shadowingChart", weeks.isEmpty() ? null : shadowingChart.weekly(weeks));
        return "team/plan";
    }

    private String chart(PlanView plan) {
        var locale = LocaleContextHolder.getLocale();
        var labels = new PlanChart.Labels(
                Arrays.stream(PlanMonth.values())
                        .map(m -> messages.getMessage("team.month." + m, null, locale))
                        .toList(),
                messages.getMessage("team.item.status.DONE", null, locale),
                messages.getMessage("team.item.status.NOT_APPLICABLE", null, locale),
                messages.getMessage("team.item.status.OPEN", null, locale),
                messages.getMessage("team.plan.chart.axis", null, locale));
        return PlanChart.json(plan.progress(), labels, json);
    }

    private String startView(CurrentUser me, Model model) {
        StartOptions options = plans.startOptions(me);
        model.addAttribute("options", options);
        return "team/start";
    }
}
