package dev.facet.dashboard.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the page that answers the first question of the day for the user's role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentUser me) {
        return "redirect:" + homeOf(me);
    }

    /** A manager is a TAM too, so the manager view wins; an admin works no accounts by default. */
    static String homeOf(CurrentUser me) {
        if (me.roles().contains(Role.MANAGER)) {
            return "/manager";
        }
        if (me.roles().contains(Role.TAM)) {
            return "/dashboard";
        }
        if (me.roles().contains(Role.ADMIN)) {
            return "/admin";
        }
        return "/onboarding";
    }
}
