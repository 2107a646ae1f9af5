package dev.facet.timeline.web;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.Sentiment;
import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's timeline panel: entries newest first, a page at a time ("older entries"
 * appends the next page), added and edited in place with htmx. Without JavaScript every form
 * posts and redirects back to the account page.
 */
@Controller
class TimelineController {

    static final int PAGE_SIZE = 10;
    private static final String PANEL = "timeline/panel :: timeline-panel";
    private static final String ROWS = "timeline/panel :: timeline-rows";
    private static final String ENTRY = "timeline/panel :: timeline-entry";
    private static final String EDIT_FORM = "timeline/panel :: timeline-edit";
    /** A call or meeting added or re-dated moves Time to Engage: the account page reloads that panel. */
    private static final String TIMELINE_CHANGED = "timeline-changed";

    private final TimelineManagement timeline;
    private final AccountManagement accounts;
    private final Clock clock;

    TimelineController(TimelineManagement timeline, AccountManagement accounts, Clock clock) {
        this.timeline = timeline;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/accounts/{id}/timeline")
    String panel(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx,
            CurrentUser me,
            Model model) {
        AccountView account = accounts.get(id);
        int number = Math.max(page, 0);
        if (htmx.fromHtmx() && number > 0) {
            rows(id, number, me, model);
            return ROWS;
        }
        return panel(account, number, me, model);
    }

    @PostMapping("/accounts/{id}/timeline")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("timelineForm") TimelineEntryForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountView before = accounts.get(id);
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            timeline.add(form.toNewEntry(id, me.id()), me);
                            AccountView after = accounts.get(id);
                            String notice = after.sentiment() != null && after.sentiment() != before.sentiment()
                                    ? "timeline.added.sentiment"
                                    : "timeline.added";
                            return htmx.afterChange(notice, "/accounts/" + id, redirect, () -> {
                                response.setHeader("HX-Trigger", TIMELINE_CHANGED);
                                model.addAttribute("notice", notice);
                                model.addAttribute("noticeSentiment", after.sentiment());
                                model.addAttribute("timelineForm", newForm(me));
                                return panel(after, 0, me, model);
                            });
                        },
                        () -> panel(before, 0, me, model));
    }

    @GetMapping("/accounts/{id}/timeline/{entryId}")
    String entry(@PathVariable UUID id, @PathVariable UUID entryId, CurrentUser me, Model model) {
        model.addAttribute("row", TimelineEntryRow.of(entryOf(id, entryId), me));
        return ENTRY;
    }

    @GetMapping("/accounts/{id}/timeline/{entryId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID entryId, CurrentUser me, Model model) {
        TimelineEntryView entry = entryOf(id, entryId);
        if (!entry.mayBeEditedBy(me)) {
            throw new AccessDeniedToObjectException("Only the author or a manager edits a timeline entry");
        }
        model.addAttribute("timelineEditForm", TimelineEntryForm.of(entry));
        return editView(entry, me, model);
    }

    @PostMapping("/accounts/{id}/timeline/{entryId}")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @Valid @ModelAttribute("timelineEditForm") TimelineEntryForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TimelineEntryView entry = entryOf(id, entryId);
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> {
                    // keep what the user typed, show what was saved meanwhile, and let a second save win
                    TimelineEntryView current = timeline.get(entryId);
                    form.setVersion(current.version());
                    model.addAttribute("saved", TimelineEntryRow.of(current, me));
                    return editView(current, me, model);
                })
                .submit(
                        () -> {
                            timeline.edit(entryId, form.toEdit(), me);
                            return htmx.afterChange("timeline.edited", "/accounts/" + id, redirect, () -> {
                                response.setHeader("HX-Trigger", TIMELINE_CHANGED);
                                model.addAttribute("row", TimelineEntryRow.of(timeline.get(entryId), me));
                                return ENTRY;
                            });
                        },
                        () -> editView(entry, me, model));
    }

    private String panel(AccountView account, int number, CurrentUser me, Model model) {
        boolean mayAdd = account.mayBeWorkedBy(me);
        model.addAttribute("accountId", account.id());
        model.addAttribute("mayAdd", mayAdd);
        if (mayAdd && !model.containsAttribute("timelineForm")) {
            model.addAttribute("timelineForm", newForm(me));
        }
        addChoices(model);
        rows(account.id(), number, me, model);
        return PANEL;
    }

    private void rows(UUID accountId, int number, CurrentUser me, Model model) {
        Slice<TimelineEntryView> slice = timeline.recentOfAccount(accountId, PageRequest.of(number, PAGE_SIZE));
        model.addAttribute("accountId", accountId);
        model.addAttribute(
                "rows",
                slice.getContent().stream().map(e -> TimelineEntryRow.of(e, me)).toList());
        model.addAttribute("nextPage", slice.hasNext() ? number + 1 : null);
    }

    private String editView(TimelineEntryView entry, CurrentUser me, Model model) {
        model.addAttribute("row", TimelineEntryRow.of(entry, me));
        addChoices(model);
        return EDIT_FORM;
    }

    private static void addChoices(Model model) {
        model.addAttribute("types", TimelineEntryType.values());
        model.addAttribute("sentiments", Sentiment.values());
    }

    private TimelineEntryForm newForm(CurrentUser me) {
        var form = new TimelineEntryForm();
        form.setType(TimelineEntryType.CALL);
        form.setDate(LocalDate.now(clock.withZone(me.timeZone())));
        return form;
    }

    /** The entry, if it is on this account's timeline (else a 404, as for any other unknown id). */
    private TimelineEntryView entryOf(UUID accountId, UUID entryId) {
        TimelineEntryView entry = timeline.get(entryId);
        if (!Objects.equals(entry.accountId(), accountId)) {
            throw new NotFoundException("Timeline entry", entryId);
        }
        return entry;
    }
}
