package dev.facet.mail.web;

import dev.facet.mail.MailOutbox;
import dev.facet.mail.MailStatus;
import dev.facet.shared.ConflictException;
import dev.facet.shared.web.PageView;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's outbox: every mail with its state, its attempts, and a way to queue a failed one again. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    private static final int PAGE_SIZE = 25;

    private final MailOutbox outbox;

    OutboxAdminController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable MailStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", PageView.of(outbox.list(status, PageRequest.of(Math.max(page, 0), PAGE_SIZE))));
        model.addAttribute("links", new OutboxLinks(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return "mail/outbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("mail", outbox.detail(id));
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return "mail/outbox-detail";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            outbox.queueAgain(id);
            redirect.addFlashAttribute("message", "mail.outbox.queuedAgain");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", "mail.outbox.notFailed");
        }
        return "redirect:/admin/outbox/" + id;
    }
}
