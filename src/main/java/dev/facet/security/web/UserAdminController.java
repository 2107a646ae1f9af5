package dev.facet.security.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserChanges;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.PageLinks;
import dev.facet.shared.web.PageView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's user management: create, change roles and manager, deactivate, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 50;

    private final UserManagement users;

    UserAdminController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageView.of(users.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE))));
        model.addAttribute("links", PageLinks.of("/admin/users"));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UserForm());
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.getPassword() == null || form.getPassword().isBlank()) {
            errors.rejectValue("password", "user.password.required");
        }
        return FormSubmission.of(errors, response)
                .whenTaken("username", "user.username.taken")
                .whenTaken("email", "user.email.taken")
                .submit(
                        () -> {
                            UserView created = users.create(new NewUser(
                                    Objects.requireNonNull(form.getUsername()),
                                    Objects.requireNonNull(form.getDisplayName()),
                                    Objects.requireNonNull(form.getEmail()),
                                    Objects.requireNonNull(form.getPassword()),
                                    form.getRoles(),
                                    form.getManagerId(),
                                    form.getTimeZone()));
                            redirect.addFlashAttribute("message", "user.created");
                            return "redirect:/admin/users/" + created.id();
                        },
                        () -> formView(model, null));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        UserView user = users.get(id);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("user", user);
        model.addAttribute("resetForm", new ResetPasswordForm());
        return formView(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .whenTaken("email", "user.email.taken")
                .submit(
                        () -> {
                            users.change(
                                    id,
                                    new UserChanges(
                                            Objects.requireNonNull(form.getDisplayName()),
                                            Objects.requireNonNull(form.getEmail()),
                                            form.getRoles(),
                                            form.getManagerId(),
                                            form.getTimeZone(),
                                            form.getVersion()));
                            redirect.addFlashAttribute("message", "user.saved");
                            return "redirect:/admin/users/" + id;
                        },
                        () -> editView(id, model));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable UUID id,
            @Valid @ModelAttribute("resetForm") ResetPasswordForm resetForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            users.resetPassword(id, Objects.requireNonNull(resetForm.getPassword()));
                            redirect.addFlashAttribute("message", "user.passwordReset");
                            return "redirect:/admin/users/" + id;
                        },
                        () -> {
                            UserView user = users.get(id);
                            model.addAttribute("user", user);
                            model.addAttribute("form", UserForm.of(user));
                            return formView(model, id);
                        });
    }

    @AsksFirst("user.deactivate.confirm")
    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, CurrentUser me, RedirectAttributes redirect) {
        try {
            users.deactivate(id, me);
            redirect.addFlashAttribute("message", "user.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        users.reactivate(id);
        redirect.addFlashAttribute("message", "user.reactivated");
        return "redirect:/admin/users/" + id;
    }

    /** The edit form shown again with what the admin typed. */
    private String editView(UUID id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("resetForm", new ResetPasswordForm());
        return formView(model, id);
    }

    private String formView(Model model, @Nullable UUID id) {
        model.addAttribute("userId", id);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("managers", users.activeWithRole(Role.MANAGER));
        model.addAttribute(
                "timeZones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "admin/user-form";
    }
}
