package dev.facet.dashboard.web;

import dev.facet.dashboard.Metric;
import dev.facet.dashboard.MyOnboarding;
import dev.facet.dashboard.SnoozedItem;
import dev.facet.dashboard.TamDashboard;
import dev.facet.dashboard.TaskItem;
import dev.facet.dashboard.TaskWindow;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.PageView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The home page of a TAM: their onboardings, overdue and this week's tasks, snoozed items; and its CSV exports. */
@Controller
class TamDashboardController {

    static final int PAGE_SIZE = 10;

    private static final List<String> TASK_HEADER =
            List.of("account", "account_id", "cta_id", "cta_type", "task", "due_date");

    private final TamDashboard dashboard;

    TamDashboardController(TamDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute("query") TamDashboardQuery query, CurrentUser me, Model model) {
        model.addAttribute(
                "onboardings",
                PageView.of(dashboard.onboardings(me.id(), me.timeZone(), PageRequest.of(query.getPage(), PAGE_SIZE))));
        model.addAttribute(
                "overdue",
                PageView.of(dashboard.tasks(
                        me.id(),
                        me.timeZone(),
                        TaskWindow.OVERDUE,
                        PageRequest.of(query.getOverduePage(), PAGE_SIZE))));
        model.addAttribute(
                "week",
                PageView.of(dashboard.tasks(
                        me.id(), me.timeZone(), TaskWindow.THIS_WEEK, PageRequest.of(query.getWeekPage(), PAGE_SIZE))));
        model.addAttribute(
                "snoozed",
                PageView.of(
                        dashboard.snoozed(me.id(), me.timeZone(), PageRequest.of(query.getSnoozedPage(), PAGE_SIZE))));
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("today", dashboard.today(me.timeZone()));
        return "dashboard/tam";
    }

    @GetMapping("/dashboard/onboardings.csv")
    void onboardingsCsv(CurrentUser me, HttpServletResponse response) {
        CsvWriter csv = CsvWriter.start(
                response,
                "my-onboardings.csv",
                List.of(
                        "account",
                        "account_id",
                        "gemstone",
                        "sentiment",
                        "start_date",
                        "due_date",
                        "day",
                        "of_days",
                        "next_task",
                        "next_task_due",
                        "engage_state",
                        "first_value_state",
                        "onboard_state",
                        "snoozed_until"));
        dashboard.eachOnboarding(
                me.id(),
                me.timeZone(),
                (MyOnboarding o) -> csv.row(
                        o.accountName(),
                        o.accountId().toString(),
                        o.gemstone(),
                        o.sentiment(),
                        o.startDate(),
                        o.dueDate(),
                        o.dayNumber(),
                        o.totalDays(),
                        o.nextTaskTitle(),
                        o.nextTaskDue(),
                        o.engageState(),
                        o.firstValueState(),
                        o.onboardState(),
                        o.snoozedUntil()));
        csv.flush();
    }

    @GetMapping("/dashboard/overdue-tasks.csv")
    void overdueCsv(CurrentUser me, HttpServletResponse response) {
        tasksCsv(me, TaskWindow.OVERDUE, "my-overdue-tasks.csv", response);
    }

    @GetMapping("/dashboard/week-tasks.csv")
    void weekCsv(CurrentUser me, HttpServletResponse response) {
        tasksCsv(me, TaskWindow.THIS_WEEK, "my-tasks-this-week.csv", response);
    }

    @GetMapping("/dashboard/snoozed.csv")
    void snoozedCsv(CurrentUser me, HttpServletResponse response) {
        CsvWriter csv = CsvWriter.start(
                response,
                "my-snoozed.csv",
                List.of("account", "account_id", "cta_id", "cta_type", "snoozed_until", "reason", "due_date"));
        dashboard.eachSnoozed(
                me.id(),
                me.timeZone(),
                (SnoozedItem s) -> csv.row(
                        s.accountName(),
                        s.accountId().toString(),
                        s.ctaId().toString(),
                        s.ctaType(),
                        s.snoozedUntil(),
                        s.snoozeReason(),
                        s.dueDate()));
        csv.flush();
    }

    private void tasksCsv(CurrentUser me, TaskWindow window, String filename, HttpServletResponse response) {
        CsvWriter csv = CsvWriter.start(response, filename, TASK_HEADER);
        dashboard.eachTask(
                me.id(),
                me.timeZone(),
                window,
                (TaskItem t) -> csv.row(
                        t.accountName(),
                        t.accountId().toString(),
                        t.ctaId().toString(),
                        t.ctaType(),
                        t.title(),
                        t.dueDate()));
        csv.flush();
    }
}
