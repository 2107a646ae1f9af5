package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shadowing pages: the signed-in user's own log at {@code /team/shadowing} (with the new hires they
 * follow), and a new hire's log for their manager, a buddy or an admin at {@code /team/shadowing/{id}}.
 */
@Controller
class ShadowingController {

    private final ShadowingPageModel page;
    private final AccountChoices accountChoices;

    ShadowingController(ShadowingPageModel page, AccountChoices accountChoices) {
        this.page = page;
        this.accountChoices = accountChoices;
    }

    @GetMapping("/team/shadowing")
    String mine(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(defaultValue = "0") int calls,
            @RequestParam(defaultValue = "0") int meetings,
            @RequestParam(defaultValue = "0") int rolePlays,
            CurrentUser me,
            Model model) {
        return page.render(me.id(), from, new LogPageNumbers(calls, meetings, rolePlays), me, model);
    }

    @GetMapping("/team/shadowing/{userId}")
    String newHire(
            @PathVariable UUID userId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(defaultValue = "0") int calls,
            @RequestParam(defaultValue = "0") int meetings,
            @RequestParam(defaultValue = "0") int rolePlays,
            CurrentUser me,
            Model model) {
        return page.render(userId, from, new LogPageNumbers(calls, meetings, rolePlays), me, model);
    }

    /**
     * The account list of a log form, narrowed to what the user typed (htmx swaps the options in); the
     * account already picked stays picked, so a late answer never undoes the user's choice.
     */
    @GetMapping("/team/account-options")
    String accountOptions(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID accountId,
            @RequestParam(defaultValue = "false") boolean required,
            Model model) {
        model.addAttribute("choices", accountChoices.matching(q, accountId));
        model.addAttribute("selected", accountId);
        model.addAttribute("required", required);
        return "team/parts :: account-options";
    }
}
