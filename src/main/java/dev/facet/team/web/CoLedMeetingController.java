package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.team.CoLedMeetingView;
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

/** The manager or buddy logs, corrects and deletes the customer meetings of a new hire's that they joined. */
@Controller
class CoLedMeetingController {

    private static final String EDIT_VIEW = "team/co-led-meeting-edit";

    private final ShadowingManagement shadowing;
    private final ShadowingPageModel page;
    private final AccountChoices accountChoices;

    CoLedMeetingController(ShadowingManagement shadowing, ShadowingPageModel page, AccountChoices accountChoices) {
        this.shadowing = shadowing;
        this.page = page;
        this.accountChoices = accountChoices;
    }

    @PostMapping("/team/shadowing/{userId}/co-led-meetings")
    String log(
            @PathVariable UUID userId,
            @Valid @ModelAttribute("meetingForm") CoLedMeetingForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            shadowing.logCoLedMeeting(userId, form.details(), me);
                            redirect.addFlashAttribute("message", "team.meeting.logged");
                            return "redirect:" + ShadowingPageModel.pathOf(userId, me) + "#meetings";
                        },
                        () -> page.render(userId, null, LogPageNumbers.FIRST, me, model));
    }

    @GetMapping("/team/co-led-meetings/{id}/edit")
    String editForm(@PathVariable UUID id, CurrentUser me, Model model) {
        CoLedMeetingView meeting = editable(id, me);
        model.addAttribute("meetingForm", CoLedMeetingForm.of(meeting));
        return editView(meeting, me, model);
    }

    @PostMapping("/team/co-led-meetings/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("meetingForm") CoLedMeetingForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CoLedMeetingView meeting = editable(id, me);
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    CoLedMeetingView current = shadowing.coLedMeeting(id, me);
                    form.setVersion(current.version());
                    model.addAttribute("saved", current);
                    return editView(current, me, model);
                })
                .submit(
                        () -> {
                            shadowing.editCoLedMeeting(id, form.details(), form.getVersion(), me);
                            redirect.addFlashAttribute("message", "team.meeting.edited");
                            return "redirect:" + ShadowingPageModel.pathOf(meeting.newHireId(), me) + "#meetings";
                        },
                        () -> editView(meeting, me, model));
    }

    @AsksFirst("team.meeting.delete.confirm")
    @PostMapping("/team/co-led-meetings/{id}/delete")
    String delete(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        CoLedMeetingView meeting = shadowing.coLedMeeting(id, me);
        shadowing.deleteCoLedMeeting(id, me);
        redirect.addFlashAttribute("message", "team.meeting.deleted");
        return "redirect:" + ShadowingPageModel.pathOf(meeting.newHireId(), me) + "#meetings";
    }

    private CoLedMeetingView editable(UUID id, CurrentUser me) {
        CoLedMeetingView meeting = shadowing.coLedMeeting(id, me);
        if (!meeting.mayBeEditedBy(me)) {
            throw new AccessDeniedToObjectException("Only who joined a meeting edits it");
        }
        return meeting;
    }

    private String editView(CoLedMeetingView meeting, CurrentUser me, Model model) {
        CoLedMeetingForm form = (CoLedMeetingForm) model.getAttribute("meetingForm");
        model.addAttribute("meeting", meeting);
        model.addAttribute("backPath", ShadowingPageModel.pathOf(meeting.newHireId(), me));
        model.addAttribute("meetingAccounts", accountChoices.matching(null, form == null ? null : form.getAccountId()));
        return EDIT_VIEW;
    }
}
