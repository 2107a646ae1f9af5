package dev.facet.security.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.CurrentUsers;
import dev.facet.security.ProfileChanges;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own page: who they are, their time zone, the weekly report and the daily digests. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private static final List<String> TIME_ZONES =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final UserManagement users;

    ProfileController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        UserView user = users.get(me.id());
        model.addAttribute("form", ProfileForm.of(user));
        return view(user, model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // The typed values stay; saving again replaces the other change knowingly.
                    UserView current = users.get(me.id());
                    form.setVersion(current.version());
                    return view(current, model);
                })
                .submit(
                        () -> {
                            UserView changed = users.changeProfile(
                                    me.id(),
                                    new ProfileChanges(
                                            form.getTimeZone(),
                                            form.isWeeklyReport(),
                                            form.isDailyDigests(),
                                            form.getVersion()));
                            CurrentUsers.refresh(changed, request, response);
                            redirect.addFlashAttribute("message", "profile.saved");
                            return "redirect:/profile";
                        },
                        () -> view(users.get(me.id()), model));
    }

    private String view(UserView user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("timeZones", TIME_ZONES);
        return "security/profile";
    }
}
