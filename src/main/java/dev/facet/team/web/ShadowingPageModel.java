package dev.facet.team.web;

import dev.facet.security.CurrentUser;
import dev.facet.shared.web.PageView;
import dev.facet.team.ShadowingLog;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.ShadowingStage;
import dev.facet.team.ShadowingWeek;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the shadowing page: the new hire's log with its weekly view and chart, the three lists a page
 * at a time, and the forms the viewer may use. A form already in the model (sent back with its errors)
 * is kept as the user typed it. The same statements whatever the log holds.
 */
@Component
class ShadowingPageModel {

    static final String VIEW = "team/shadowing";

    private final ShadowingManagement shadowing;
    private final AccountChoices accountChoices;
    private final ShadowingChart chart;
    private final Clock clock;

    ShadowingPageModel(
            ShadowingManagement shadowing, AccountChoices accountChoices, ShadowingChart chart, Clock clock) {
        this.shadowing = shadowing;
        this.accountChoices = accountChoices;
        this.chart = chart;
        this.clock = clock;
    }

    /** The page URL of a new hire's log: their own is {@code /team/shadowing}. */
    static String pathOf(UUID newHireId, CurrentUser viewer) {
        return newHireId.equals(viewer.id()) ? "/team/shadowing" : "/team/shadowing/" + newHireId;
    }

    /** A start for the weekly view typed into the URL; anything but an ISO date means "from the first week". */
    static @Nullable LocalDate parseFrom(@Nullable String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String render(UUID newHireId, @Nullable String fromText, LogPageNumbers pages, CurrentUser viewer, Model model) {
        LocalDate from = parseFrom(fromText);
        ShadowingLog log = shadowing.logOf(newHireId, from, pages.pageable(), viewer);
        String path = pathOf(newHireId, viewer);
        String fromParam = from == null ? null : from.toString();
        List<ShadowingWeek> weeks = log.summary().weeks();

        model.addAttribute("log", log);
        model.addAttribute("summary", log.summary());
        model.addAttribute("newestWeeksFirst", weeks.reversed());
        model.addAttribute("chart", weeks.isEmpty() ? null : chart.weekly(weeks));
        model.addAttribute("from", from);
        model.addAttribute("path", path);
        model.addAttribute("calls", PageView.of(log.calls()));
        model.addAttribute("meetings", PageView.of(log.coLedMeetings()));
        model.addAttribute("rolePlays", PageView.of(log.rolePlays()));
        model.addAttribute("callLinks", new LogListLinks(path, fromParam, pages, LogListLinks.CALLS));
        model.addAttribute("meetingLinks", new LogListLinks(path, fromParam, pages, LogListLinks.MEETINGS));
        model.addAttribute("rolePlayLinks", new LogListLinks(path, fromParam, pages, LogListLinks.ROLE_PLAYS));
        model.addAttribute("followed", log.viewerIsNewHire() ? shadowing.newHiresFollowedBy(viewer) : List.of());
        // someone who works no accounts (an admin) has no log of their own: their page lists the new hires
        model.addAttribute("showLog", !log.viewerIsNewHire() || log.may().logCalls());

        LocalDate today = LocalDate.now(clock.withZone(viewer.timeZone()));
        boolean namesColleagues = log.may().logCalls() || (log.may().logRolePlays() && log.viewerIsNewHire());
        model.addAttribute("colleagues", namesColleagues ? shadowing.colleaguesOf(newHireId) : List.of());
        model.addAttribute("stages", ShadowingStage.values());
        if (log.may().logCalls()) {
            model.addAttribute("callAccounts", accountChoices.matching(null, selectedAccount(model, "callForm")));
            if (!model.containsAttribute("callForm")) {
                model.addAttribute("callForm", ShadowedCallForm.startingOn(today));
            }
        }
        if (log.may().logCoLedMeetings()) {
            model.addAttribute("meetingAccounts", accountChoices.matching(null, selectedAccount(model, "meetingForm")));
            if (!model.containsAttribute("meetingForm")) {
                model.addAttribute("meetingForm", CoLedMeetingForm.startingOn(today));
            }
        }
        if (log.may().logRolePlays() && !model.containsAttribute("rolePlayForm")) {
            model.addAttribute("rolePlayForm", RolePlayForm.startingOn(today));
        }
        return VIEW;
    }

    private static @Nullable UUID selectedAccount(Model model, String formName) {
        Object form = model.getAttribute(formName);
        if (form instanceof ShadowedCallForm call) {
            return call.getAccountId();
        }
        if (form instanceof CoLedMeetingForm meeting) {
            return meeting.getAccountId();
        }
        return null;
    }
}
