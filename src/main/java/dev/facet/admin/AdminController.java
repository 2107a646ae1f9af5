package dev.facet.admin;

import dev.facet.mail.MailOutbox;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.UserManagement;
import dev.facet.shared.EventReactions;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's home page answers "is anything stuck?" first: mails not sent, reactions not completed,
 * locked-out users, a quiet API; then it leads to each admin screen. One aggregate query per source.
 */
@Controller
class AdminController {

    /** A reaction this much older than its event is stuck (the scheduled retry runs every two minutes). */
    static final Duration REACTION_STUCK_AFTER = Duration.ofMinutes(5);

    private final UserManagement users;
    private final ApiTokenManagement tokens;
    private final MailOutbox outbox;
    private final EventReactions reactions;

    AdminController(UserManagement users, ApiTokenManagement tokens, MailOutbox outbox, EventReactions reactions) {
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.reactions = reactions;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("mail", outbox.counts());
        model.addAttribute("reactions", reactions.incompleteOlderThan(REACTION_STUCK_AFTER));
        model.addAttribute("reactionMinutes", REACTION_STUCK_AFTER.toMinutes());
        model.addAttribute("users", users.counts());
        model.addAttribute("tokens", tokens.activity());
        return "admin/index";
    }
}
