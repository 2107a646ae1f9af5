package dev.facet.report;

import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.Cohort;
import dev.facet.dashboard.CohortMetric;
import dev.facet.dashboard.Metric;
import dev.facet.dashboard.OnboardingDashboard;
import dev.facet.dashboard.OnboardingFilter;
import dev.facet.dashboard.OnboardingRow;
import dev.facet.dashboard.TaskItem;
import dev.facet.mail.OutgoingMail;
import dev.facet.report.WeeklyReportContent.Listing;
import dev.facet.report.WeeklyReportContent.Scope;
import dev.facet.security.Role;
import dev.facet.security.UserView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds one subscriber's weekly onboarding report from the dashboard's queries and renders it as
 * an HTML email (a Thymeleaf template of ours, never admin-edited) with a plain-text part.
 */
@Component
class WeeklyReportComposer {

    static final int LIST_LIMIT = 10;
    static final int COHORT_MONTHS = 3;
    static final String MAIL_KIND = "WEEKLY_REPORT";

    private final OnboardingDashboard dashboard;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    WeeklyReportComposer(
            OnboardingDashboard dashboard,
            ITemplateEngine templates,
            MessageSource messages,
            @Value("${facet.base-url:http://localhost:8080}") String baseUrl) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    WeeklyReportContent content(UserView recipient) {
        Scope scope = scopeOf(recipient);
        OnboardingFilter filter = switch (scope) {
            case MINE -> OnboardingFilter.ofTam(recipient.id());
            case TEAM -> new OnboardingFilter(null, null, null, recipient.id(), null, null, null);
            case EVERYONE -> OnboardingFilter.everything();
        };
        LocalDate today = dashboard.today();
        LocalDate weekStart = today.minusDays(7);
        PageRequest first = PageRequest.of(0, LIST_LIMIT);
        Map<BurnDownList, Listing<OnboardingRow>> burnDown = new EnumMap<>(BurnDownList.class);
        for (BurnDownList list : BurnDownList.values()) {
            burnDown.put(list, listing(dashboard.burnDown(list, filter, first)));
        }
        LocalDate firstCohort = today.withDayOfMonth(1).minusMonths(COHORT_MONTHS - 1L);
        List<Cohort> cohorts = dashboard.cohorts(filter.withMonths(YearMonth.from(firstCohort), YearMonth.from(today)));
        return new WeeklyReportContent(
                recipient.displayName(),
                scope,
                weekStart,
                today,
                dashboard.counts(filter),
                listing(dashboard.newOnboardings(filter, weekStart, first)),
                listing(dashboard.overdueTasks(filter, first)),
                burnDown,
                cohorts,
                baseUrl);
    }

    OutgoingMail mail(UserView recipient, WeeklyReportContent content) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", content);
        context.setVariable("burnDownLists", BurnDownList.values());
        context.setVariable("metrics", Metric.values());
        String html = templates.process("report/weekly-email", context);
        String subject = message("report.weekly.subject", content.today());
        return OutgoingMail.of(MAIL_KIND, List.of(recipient.email()), subject, text(content))
                .withHtml(html);
    }

    /** A manager sees their team, a TAM their own onboardings, anyone else (an admin) everyone's. */
    private static Scope scopeOf(UserView user) {
        if (user.roles().contains(Role.MANAGER)) {
            return Scope.TEAM;
        }
        return user.roles().contains(Role.TAM) ? Scope.MINE : Scope.EVERYONE;
    }

    private String text(WeeklyReportContent report) {
        StringBuilder text = new StringBuilder();
        line(text, message("report.weekly.greeting", report.recipientName()));
        line(text, message("report.weekly.scope." + report.scope(), report.weekStart(), report.today()));
        text.append('\n');
        line(
                text,
                message(
                        "report.weekly.counts",
                        report.counts().total(),
                        report.counts().open(),
                        report.counts().closed(),
                        report.counts().atRisk()));
        text.append('\n');
        section(text, message("report.weekly.new", report.newOnboardings().total()));
        for (OnboardingRow row : report.newOnboardings().rows()) {
            line(
                    text,
                    "- "
                            + message(
                                    "report.weekly.text.onboarding",
                                    row.accountName(),
                                    row.ownerName(),
                                    row.startDate()));
        }
        section(
                text,
                message("report.weekly.overdueTasks", report.overdueTasks().total()));
        for (TaskItem task : report.overdueTasks().rows()) {
            line(
                    text,
                    "- "
                            + message(
                                    "report.weekly.text.task",
                                    task.title(),
                                    task.accountName(),
                                    task.ownerName(),
                                    task.dueDate()));
        }
        for (BurnDownList list : BurnDownList.values()) {
            Listing<OnboardingRow> rows = report.burnDown(list);
            section(
                    text,
                    message(
                            "report.weekly.burnDown." + list,
                            rows.total(),
                            report.counts().goal(list.metric())));
            for (OnboardingRow row : rows.rows()) {
                line(
                        text,
                        "- "
                                + message(
                                        "report.weekly.text.late",
                                        row.accountName(),
                                        row.ownerName(),
                                        row.elapsed(list.metric())));
            }
        }
        section(text, message("report.weekly.cohorts"));
        for (Cohort cohort : report.cohorts()) {
            StringBuilder cohortLine = new StringBuilder("- " + cohort.month() + " (" + cohort.onboardings() + "):");
            for (Metric metric : Metric.values()) {
                CohortMetric figures = cohort.metric(metric);
                cohortLine
                        .append(' ')
                        .append(message(
                                "report.weekly.text.cohortMetric",
                                message("report.weekly.metric." + metric),
                                figures.sharePercent() == null ? "-" : figures.sharePercent() + "%",
                                figures.medianDays() == null ? "-" : figures.medianDays()));
            }
            line(text, cohortLine.toString());
        }
        text.append('\n');
        line(text, message("report.weekly.text.dashboard", report.baseUrl() + "/onboarding"));
        line(text, message("report.weekly.unsubscribe", report.baseUrl() + "/profile"));
        return text.toString();
    }

    private static void section(StringBuilder text, String heading) {
        text.append('\n').append(heading).append('\n');
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static <T> Listing<T> listing(Page<T> page) {
        return new Listing<>(page.getContent(), page.getTotalElements());
    }
}
