package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.UserReference;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.team.ShadowedCallView;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.ShadowingStage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new hire logs, corrects and deletes the calls they shadowed. */
@Controller
class ShadowedCallController {

    private static final String EDIT_VIEW = "team/shadowed-call-edit";

    private final ShadowingManagement shadowing;
    private final ShadowingPageModel page;
    private final AccountChoices accountChoices;

    ShadowedCallController(ShadowingManagement shadowing, ShadowingPageModel page, AccountChoices accountChoices) {
        this.shadowing = shadowing;
        this.page = page;
        this.accountChoices = accountChoices;
    }

    @PostMapping("/team/shadowed-calls")
    String log(
            @Valid @ModelAttribute("callForm") ShadowedCallForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            shadowing.logCall(form.details(), me);
                            redirect.addFlashAttribute("message", "team.call.logged");
                            return "redirect:/team/shadowing#calls";
                        },
                        () -> page.render(me.id(), null, LogPageNumbers.FIRST, me, model));
    }

    @GetMapping("/team/shadowed-calls/{id}/edit")
    String editForm(@PathVariable UUID id, CurrentUser me, Model model) {
        ShadowedCallView call = editable(id, me);
        model.addAttribute("callForm", ShadowedCallForm.of(call));
        return editView(call, me, model);
    }

    @PostMapping("/team/shadowed-calls/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("callForm") ShadowedCallForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ShadowedCallView call = editable(id, me);
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // keep what the user typed, show what was saved meanwhile, and let a second save win
                    ShadowedCallView current = shadowing.call(id, me);
                    form.setVersion(current.version());
                    model.addAttribute("saved", current);
                    return editView(current, me, model);
                })
                .submit(
                        () -> {
                            shadowing.editCall(id, form.details(), form.getVersion(), me);
                            redirect.addFlashAttribute("message", "team.call.edited");
                            return "redirect:/team/shadowing#calls";
                        },
                        () -> editView(call, me, model));
    }

    @AsksFirst("team.call.delete.confirm")
    @PostMapping("/team/shadowed-calls/{id}/delete")
    String delete(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        shadowing.deleteCall(id, me);
        redirect.addFlashAttribute("message", "team.call.deleted");
        return "redirect:/team/shadowing#calls";
    }

    private ShadowedCallView editable(UUID id, CurrentUser me) {
        ShadowedCallView call = shadowing.call(id, me);
        if (!call.mayBeEditedBy(me)) {
            throw new AccessDeniedToObjectException("Only the new hire edits their shadowed calls");
        }
        return call;
    }

    private String editView(ShadowedCallView call, CurrentUser me, Model model) {
        ShadowedCallForm form = (ShadowedCallForm) model.getAttribute("callForm");
        model.addAttribute("call", call);
        model.addAttribute("stages", ShadowingStage.values());
        List<UserReference> colleagues = new ArrayList<>(shadowing.colleaguesOf(me.id()));
        if (colleagues.stream().noneMatch(c -> c.id().equals(call.shadowedWith().id()))) {
            // a colleague who has left since stays on the calls that name them
            colleagues.addFirst(call.shadowedWith());
        }
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("callAccounts", accountChoices.matching(null, form == null ? null : form.getAccountId()));
        return EDIT_VIEW;
    }
}
