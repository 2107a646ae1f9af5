package dev.facet.cta.api;

import dev.facet.cta.CtaDetail;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaTaskView;
import dev.facet.cta.CtaType;
import dev.facet.cta.TaskStatus;
import dev.facet.cta.rules.TriggerRule;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A CTA as the API shows it, with where it came from and its tasks. */
record CtaResource(
        UUID id,
        String account,
        CtaType type,
        CtaReason reason,
        CtaStatus status,
        CtaPriority priority,
        @Nullable String owner,
        LocalDate startDate,
        LocalDate dueDate,
        @Nullable LocalDate closedDate,
        Source source,
        @Nullable String playbook,
        List<Task> tasks) {

    /** RULE (with rule, version and inputs), USER (who made it by hand) or INTEGRATION (which token). */
    record Source(
            String kind,
            @Nullable TriggerRule rule,
            @Nullable Integer ruleVersion,
            @Nullable String inputs,
            @Nullable String user,
            @Nullable String integration) {}

    record Task(
            UUID id,
            String title,
            TaskStatus status,
            LocalDate dueDate,
            @Nullable String note) {}

    static CtaResource of(
            CtaDetail cta, String accountCrmId, @Nullable String ownerUsername, @Nullable String sourceUsername) {
        var summary = cta.summary();
        Source source;
        if (cta.source() != null) {
            source = new Source(
                    "RULE",
                    cta.source().rule(),
                    cta.source().version(),
                    cta.source().inputs(),
                    null,
                    null);
        } else if (cta.sourceUserId() != null) {
            source = new Source("USER", null, null, null, sourceUsername, null);
        } else {
            source = new Source("INTEGRATION", null, null, null, null, cta.sourceIntegration());
        }
        return new CtaResource(
                summary.id(),
                accountCrmId,
                summary.type(),
                summary.reason(),
                summary.status(),
                summary.priority(),
                ownerUsername,
                summary.startDate(),
                summary.dueDate(),
                summary.closedDate(),
                source,
                cta.playbookName(),
                cta.tasks().stream().map(CtaResource::task).toList());
    }

    private static Task task(CtaTaskView t) {
        return new Task(t.id(), t.title(), t.status(), t.dueDate(), t.note());
    }
}
