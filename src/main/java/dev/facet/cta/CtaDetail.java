package dev.facet.cta;

import dev.facet.cta.rules.RuleFiring;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything the CTA page shows. The source is a rule firing, a user, or an integration. */
public record CtaDetail(
        CtaSummary summary,
        @Nullable LocalDate snoozedUntil,
        @Nullable String snoozeReason,
        @Nullable RuleFiring source,
        @Nullable UUID sourceUserId,
        @Nullable String sourceUserName,
        @Nullable String sourceIntegration,
        @Nullable String playbookName,
        @Nullable UUID playbookVersionId,
        List<CtaTaskView> tasks,
        List<CtaCommentView> comments,
        List<CtaFiringView> firings,
        long version) {

    public UUID id() {
        return summary.id();
    }

    public boolean madeByRule() {
        return source != null;
    }
}
