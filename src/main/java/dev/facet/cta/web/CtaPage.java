package dev.facet.cta.web;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaDetail;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.DelayCause;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The CTA page's model: the CTA, what the viewer may do with it, and each form, as typed when the
 * model already holds it (a refused post) or with its defaults.
 */
@Component
class CtaPage {

    /**
     * Where each form sits on the page: a refused form brings the person back to it (the page's
     * address becomes the CTA's again, at that section), with its errors in view.
     */
    private static final Map<String, String> SECTIONS = Map.of(
            "commentForm", "cta-comment",
            "snoozeForm", "cta-snooze",
            "closeForm", "cta-close",
            "reopenForm", "cta-reopen",
            "dueDateForm", "cta-due-date",
            "delayForm", "cta-delay");

    private final CtaManagement ctas;
    private final CtaRulesAdministration ctaRules;
    private final AccountManagement accounts;
    private final UserManagement users;
    private final Clock clock;

    CtaPage(
            CtaManagement ctas,
            CtaRulesAdministration ctaRules,
            AccountManagement accounts,
            UserManagement users,
            Clock clock) {
        this.ctas = ctas;
        this.ctaRules = ctaRules;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    static @Nullable String sectionOf(String formName) {
        return SECTIONS.get(formName);
    }

    String render(UUID id, CurrentUser me, Model model) {
        CtaDetail cta = ctas.detail(id);
        AccountView account = accounts.get(cta.summary().accountId());
        boolean owner = cta.summary().ownerId().equals(me.id());
        model.addAttribute("cta", cta);
        model.addAttribute("mayWork", owner || me.isManager());
        model.addAttribute(
                "mayTakeOwnership", !owner && (me.isManager() || me.id().equals(account.tamId())));
        model.addAttribute("mayDelete", owner && !cta.madeByRule());
        model.addAttribute("closedStatuses", CtaStatus.closedStatuses());
        model.addAttribute("delayCauses", DelayCause.values());
        model.addAttribute("sentiments", Sentiment.values());
        LocalDate today = LocalDate.now(clock.withZone(me.timeZone()));
        model.addAttribute("today", today);
        model.addAttribute("latestSnooze", today.plusDays(ctaRules.routing().snoozeMaxDays()));
        if (cta.summary().open() && (owner || me.isManager())) {
            model.addAttribute("taskOwners", taskOwners());
        }
        addForms(cta, today, model);
        return "cta/detail";
    }

    private static void addForms(CtaDetail cta, LocalDate today, Model model) {
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm());
        }
        if (!model.containsAttribute("snoozeForm")) {
            var snooze = new SnoozeForm();
            snooze.setUntil(today.plusDays(7));
            model.addAttribute("snoozeForm", snooze);
        }
        if (!model.containsAttribute("closeForm")) {
            var close = new CloseForm();
            close.setStatus(CtaStatus.CLOSED_SUCCESS);
            close.setClosedDate(today);
            model.addAttribute("closeForm", close);
        }
        if (!model.containsAttribute("dueDateForm")) {
            var due = new DueDateForm();
            due.setDueDate(cta.summary().dueDate());
            due.setMoveOpenTasks(true);
            due.setVersion(cta.version());
            model.addAttribute("dueDateForm", due);
        }
        if (!model.containsAttribute("reopenForm")) {
            var reopen = new ReopenForm();
            reopen.setVersion(cta.version());
            model.addAttribute("reopenForm", reopen);
        }
        if (!model.containsAttribute("delayForm")) {
            model.addAttribute("delayForm", new DelayForm());
        }
    }

    /** Who may own a task: active TAMs and managers, by name. */
    private List<UserReference> taskOwners() {
        Map<UUID, UserReference> people = new LinkedHashMap<>();
        users.activeWithRole(Role.TAM).forEach(u -> people.put(u.id(), u));
        users.activeWithRole(Role.MANAGER).forEach(u -> people.putIfAbsent(u.id(), u));
        return people.values().stream()
                .sorted(Comparator.comparing(
                        (UserReference u) -> u.displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
