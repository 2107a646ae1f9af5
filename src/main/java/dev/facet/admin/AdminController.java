package dev.facet.admin;

import dev.facet.security.ApiTokenManagement;
import dev.facet.security.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminController {

    private final UserManagement users;
    private final ApiTokenManagement tokens;

    AdminController(UserManagement users, ApiTokenManagement tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("userCount", users.count());
        model.addAttribute(
                "activeTokenCount",
                tokens.list().stream().filter(t -> t.active()).count());
        return "admin/index";
    }
}
