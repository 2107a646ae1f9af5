package dev.facet.digest;

import dev.facet.assignment.AssignmentManagement;
import dev.facet.assignment.QueueItem;
import dev.facet.dashboard.TamDashboard;
import dev.facet.dashboard.TaskItem;
import dev.facet.dashboard.TaskWindow;
import dev.facet.mail.OutgoingMail;
import dev.facet.security.UserView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Reads one user's digest through the dashboard's and the manager view's queries (two statements for
 * a TAM, one for a manager, whatever the data) and renders it as an HTML email (a Thymeleaf template
 * of ours) with a plain-text part. Every text comes from messages.properties.
 */
@Component
class DigestComposer {

    /** Rows per list; the totals still count them all, and the mail links to the rest. */
    static final int LIST_LIMIT = 25;

    private final TamDashboard tamDashboard;
    private final AssignmentManagement assignments;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    DigestComposer(
            TamDashboard tamDashboard,
            AssignmentManagement assignments,
            ITemplateEngine templates,
            MessageSource messages,
            @Value("${facet.base-url:http://localhost:8080}") String baseUrl) {
        this.tamDashboard = tamDashboard;
        this.assignments = assignments;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The user's digest of {@code kind} for their local {@code day}; empty when it has nothing to remind. */
    Optional<OutgoingMail> compose(UserView user, DigestKind kind, LocalDate day) {
        return switch (kind) {
            case TAM_TASKS -> {
                TaskDigest digest = tasks(user, day);
                yield digest.isEmpty() ? Optional.empty() : Optional.of(mail(user, digest));
            }
            case UNASSIGNED_ACCOUNTS -> {
                UnassignedDigest digest = unassigned(user, day);
                yield digest.isEmpty() ? Optional.empty() : Optional.of(mail(user, digest));
            }
        };
    }

    TaskDigest tasks(UserView tam, LocalDate day) {
        PageRequest first = PageRequest.of(0, LIST_LIMIT);
        return new TaskDigest(
                tam.displayName(),
                day,
                Listing.of(tamDashboard.tasks(tam.id(), day, TaskWindow.OVERDUE, first)),
                Listing.of(tamDashboard.tasks(tam.id(), day, TaskWindow.DUE_TOMORROW, first)),
                baseUrl);
    }

    UnassignedDigest unassigned(UserView manager, LocalDate day) {
        return new UnassignedDigest(
                manager.displayName(),
                day,
                Listing.of(assignments.overdueQueue(manager.id(), day, LIST_LIMIT)),
                baseUrl);
    }

    private OutgoingMail mail(UserView tam, TaskDigest digest) {
        String subject = message(
                "digest.tasks.subject",
                digest.day(),
                digest.overdue().total(),
                digest.dueTomorrow().total());
        return OutgoingMail.of(DigestKind.TAM_TASKS.name(), List.of(tam.email()), subject, text(digest))
                .withHtml(html("digest/tasks-email", digest));
    }

    private OutgoingMail mail(UserView manager, UnassignedDigest digest) {
        String subject = message("digest.unassigned.subject", digest.accounts().total());
        return OutgoingMail.of(DigestKind.UNASSIGNED_ACCOUNTS.name(), List.of(manager.email()), subject, text(digest))
                .withHtml(html("digest/unassigned-email", digest));
    }

    private String html(String template, Object digest) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("digest", digest);
        return templates.process(template, context);
    }

    private String text(TaskDigest digest) {
        StringBuilder text = new StringBuilder();
        line(text, message("digest.greeting", digest.recipientName()));
        line(text, message("digest.tasks.intro", digest.day()));
        section(text, message("digest.tasks.overdue", digest.overdue().total()));
        for (TaskItem task : digest.overdue().rows()) {
            line(text, "- " + task(task) + " " + message("digest.tasks.text.late", digest.daysOverdue(task)));
            line(text, "  " + ctaUrl(task));
        }
        more(text, digest.overdue(), "/dashboard");
        section(text, message("digest.tasks.dueTomorrow", digest.dueTomorrow().total()));
        for (TaskItem task : digest.dueTomorrow().rows()) {
            line(text, "- " + task(task));
            line(text, "  " + ctaUrl(task));
        }
        more(text, digest.dueTomorrow(), "/dashboard");
        text.append('\n');
        line(text, message("digest.tasks.text.dashboard", baseUrl + "/dashboard"));
        line(text, message("digest.text.footer", baseUrl + "/profile"));
        return text.toString();
    }

    private String text(UnassignedDigest digest) {
        StringBuilder text = new StringBuilder();
        line(text, message("digest.greeting", digest.recipientName()));
        line(text, message("digest.unassigned.intro", digest.day()));
        section(text, message("digest.unassigned.count", digest.accounts().total()));
        for (QueueItem item : digest.accounts().rows()) {
            line(
                    text,
                    "- " + item.accountName() + " "
                            + message(
                                    "digest.unassigned.of",
                                    message("segment." + item.segment()),
                                    message("region." + item.region()),
                                    digest.daysWaiting(item),
                                    item.dueDate(),
                                    digest.daysPastDue(item)));
            line(text, "  " + baseUrl + "/accounts/" + item.accountId());
        }
        more(text, digest.accounts(), "/manager");
        text.append('\n');
        line(text, message("digest.unassigned.text.queue", baseUrl + "/manager"));
        line(text, message("digest.text.footer", baseUrl + "/profile"));
        return text.toString();
    }

    private String task(TaskItem task) {
        return message(
                "digest.tasks.text.task",
                task.title(),
                task.accountName(),
                message("cta.type." + task.ctaType()),
                task.dueDate());
    }

    private String ctaUrl(TaskItem task) {
        return baseUrl + "/ctas/" + task.ctaId();
    }

    private void more(StringBuilder text, Listing<?> listing, String path) {
        if (listing.more() > 0) {
            line(text, message("digest.text.more", listing.more(), baseUrl + path));
        }
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
}
