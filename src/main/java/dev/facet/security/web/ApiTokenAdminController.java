package dev.facet.security.web;

import dev.facet.security.ApiTokenManagement;
import dev.facet.security.CurrentUser;
import dev.facet.security.IssuedApiToken;
import dev.facet.shared.web.AsksFirst;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API tokens: issue (the value is shown once), name, revoke. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

    private final ApiTokenManagement tokens;

    ApiTokenAdminController(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IssueTokenForm());
        }
        model.addAttribute("tokens", tokens.list());
        return "admin/api-tokens";
    }

    /**
     * Post, redirect, get: refreshing the page never issues a second token. The value travels to the
     * next page in the flash map, which lives in the server-side session (never in a URL or a cookie),
     * and is shown that once.
     */
    @PostMapping
    String issue(
            @Validated @ModelAttribute("form") IssueTokenForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(model);
        }
        IssuedApiToken issued = tokens.issue(String.valueOf(form.getName()), me.id());
        redirect.addFlashAttribute("issuedName", issued.token().name());
        redirect.addFlashAttribute("issuedValue", issued.value());
        return "redirect:/admin/api-tokens";
    }

    @AsksFirst("apiToken.revoke.confirm")
    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "apiToken.revoked.message");
        return "redirect:/admin/api-tokens";
    }

    public static class IssueTokenForm {

        @NotBlank
        @Size(max = 100)
        private @Nullable String name;

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }
    }
}
