package dev.facet.cta.web;

import dev.facet.cta.CockpitSort;
import dev.facet.cta.CtaBulkActions;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.cta.SavedViewSummary;
import dev.facet.cta.SavedViews;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.web.PageView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cockpit: a person's CTAs (a manager's: one of their team's, or the whole team's), filtered,
 * searched by account name and sorted by any column, everything in the URL; with bulk actions on the
 * ticked rows and the person's saved views. An address without any choice opens their default view.
 */
@Controller
class CockpitController {

    static final int PAGE_SIZE = 25;

    private final CtaManagement ctas;
    private final CtaRulesAdministration ctaRules;
    private final SavedViews views;
    private final UserManagement users;
    private final Clock clock;

    CockpitController(
            CtaManagement ctas, CtaRulesAdministration ctaRules, SavedViews views, UserManagement users, Clock clock) {
        this.ctas = ctas;
        this.ctaRules = ctaRules;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/ctas")
    String cockpit(@ModelAttribute("query") CockpitQuery query, CurrentUser me, Model model) {
        if (query.isEmpty()) {
            Optional<SavedViewSummary> preferred = views.defaultOf(me);
            if (preferred.isPresent() && !preferred.get().query().isEmpty()) {
                return "redirect:/ctas?" + preferred.get().query();
            }
        }
        List<UserReference> team = me.isManager() ? users.teamOf(me.id()) : List.of();
        List<UUID> owners = owners(query, me, team);
        var page = ctas.cockpit(
                query.filter(owners),
                query.sortOrDefault(),
                query.dirOrDefault(),
                PageRequest.of(query.getPage(), PAGE_SIZE));
        model.addAttribute("page", PageView.of(page));
        model.addAttribute("snoozedCount", ctas.snoozedCount(owners));
        model.addAttribute("types", CtaType.values());
        model.addAttribute("statuses", CtaStatus.values());
        model.addAttribute("closedStatuses", CtaStatus.closedStatuses());
        model.addAttribute("sorts", CockpitSort.values());
        model.addAttribute("team", team);
        model.addAttribute("showOwner", owners.size() > 1 || !owners.contains(me.id()));
        model.addAttribute("views", views.of(me));
        LocalDate today = LocalDate.now(clock.withZone(me.timeZone()));
        model.addAttribute("snoozeFrom", today.plusDays(1));
        model.addAttribute("snoozeUntil", today.plusDays(ctaRules.routing().snoozeMaxDays()));
        model.addAttribute("bulkMax", CtaBulkActions.MAX_CTAS);
        return "cta/cockpit";
    }

    /**
     * Whose CTAs: a TAM's own; a manager's own, one person of their team, or the whole team with
     * themselves. Anyone else's id in the address falls back to one's own.
     */
    private static List<UUID> owners(CockpitQuery query, CurrentUser me, List<UserReference> team) {
        if (!me.isManager()) {
            return List.of(me.id());
        }
        if (query.wholeTeam()) {
            List<UUID> everyone = new ArrayList<>(List.of(me.id()));
            team.forEach(member -> everyone.add(member.id()));
            return everyone;
        }
        UUID picked = query.ownerId();
        if (picked != null && team.stream().anyMatch(member -> member.id().equals(picked))) {
            return List.of(picked);
        }
        return List.of(me.id());
    }
}
