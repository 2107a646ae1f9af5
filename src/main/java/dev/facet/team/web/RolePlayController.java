package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.team.RolePlayView;
import dev.facet.team.ShadowingManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Role plays: the new hire logs one naming who gives feedback, or the manager or a buddy logs one they
 * gave feedback on; the giver writes the feedback, and both keep the date and topic right.
 */
@Controller
class RolePlayController {

    private static final String EDIT_VIEW = "team/role-play-edit";

    private final ShadowingManagement shadowing;
    private final ShadowingPageModel page;

    RolePlayController(ShadowingManagement shadowing, ShadowingPageModel page) {
        this.shadowing = shadowing;
        this.page = page;
    }

    @PostMapping("/team/shadowing/{userId}/role-plays")
    String log(
            @PathVariable UUID userId,
            @Valid @ModelAttribute("rolePlayForm") RolePlayForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean byNewHire = userId.equals(me.id());
        if (byNewHire && form.getGiverId() == null) {
            errors.rejectValue("giverId", "team.rolePlay.giver.required");
        }
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            shadowing.logRolePlay(
                                    byNewHire ? form.byNewHire(userId) : form.byGiver(userId, me.id()), me);
                            redirect.addFlashAttribute("message", "team.rolePlay.logged");
                            return "redirect:" + ShadowingPageModel.pathOf(userId, me) + "#role-plays";
                        },
                        () -> page.render(userId, null, LogPageNumbers.FIRST, me, model));
    }

    @GetMapping("/team/role-plays/{id}/edit")
    String editForm(@PathVariable UUID id, CurrentUser me, Model model) {
        RolePlayView rolePlay = editable(id, me);
        model.addAttribute("rolePlayForm", RolePlayForm.of(rolePlay, rolePlay.mayGetFeedbackFrom(me)));
        return editView(rolePlay, me, model);
    }

    @PostMapping("/team/role-plays/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("rolePlayForm") RolePlayForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RolePlayView rolePlay = editable(id, me);
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    RolePlayView current = shadowing.rolePlay(id, me);
                    form.setVersion(current.version());
                    model.addAttribute("saved", current);
                    return editView(current, me, model);
                })
                .submit(
                        () -> {
                            shadowing.editRolePlay(id, form.edit(), me);
                            redirect.addFlashAttribute("message", "team.rolePlay.edited");
                            return "redirect:" + ShadowingPageModel.pathOf(rolePlay.newHireId(), me) + "#role-plays";
                        },
                        () -> editView(rolePlay, me, model));
    }

    @AsksFirst("team.rolePlay.delete.confirm")
    @PostMapping("/team/role-plays/{id}/delete")
    String delete(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        RolePlayView rolePlay = shadowing.rolePlay(id, me);
        shadowing.deleteRolePlay(id, me);
        redirect.addFlashAttribute("message", "team.rolePlay.deleted");
        return "redirect:" + ShadowingPageModel.pathOf(rolePlay.newHireId(), me) + "#role-plays";
    }

    private RolePlayView editable(UUID id, CurrentUser me) {
        RolePlayView rolePlay = shadowing.rolePlay(id, me);
        if (!rolePlay.mayBeEditedBy(me)) {
            throw new AccessDeniedToObjectException("Only the new hire and the giver edit a role play");
        }
        return rolePlay;
    }

    private String editView(RolePlayView rolePlay, CurrentUser me, Model model) {
        model.addAttribute("rolePlay", rolePlay);
        model.addAttribute("givesFeedback", rolePlay.mayGetFeedbackFrom(me));
        model.addAttribute("backPath", ShadowingPageModel.pathOf(rolePlay.newHireId(), me));
        return EDIT_VIEW;
    }
}
