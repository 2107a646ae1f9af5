package dev.facet.team;

import dev.facet.account.TamAssigned;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * DOMAIN 10: the CRM's API assignment is never blocked by team onboarding (no one is there to
 * confirm), so when it gives an account to a TAM still ramping up, the warning is recorded on the
 * account's timeline instead. A manager's browser assignment to such a TAM was confirmed on the page;
 * it is recorded too, naming the manager. Idempotent: the entry for one assignment is written once,
 * a redelivered event finds it and writes nothing.
 */
@Component
class RampingAssignmentRecorder {

    private final TeamPlanManagement plans;
    private final TimelineManagement timeline;
    private final UserManagement users;
    private final Clock clock;

    RampingAssignmentRecorder(
            TeamPlanManagement plans, TimelineManagement timeline, UserManagement users, Clock clock) {
        this.plans = plans;
        this.timeline = timeline;
        this.users = users;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TamAssigned event) {
        UUID tamId = event.tamId();
        if (tamId == null || !plans.isRamping(tamId)) {
            return;
        }
        Map<UUID, UserReference> names = users.references(
                Stream.of(tamId, event.changedBy()).filter(Objects::nonNull).toList());
        String tam = name(names, tamId);
        String notes = event.changedBy() == null
                ? "Assigned by the CRM to %s, who has not graduated from team onboarding.".formatted(tam)
                : "Assigned to %s, who has not graduated from team onboarding; confirmed by manager %s."
                        .formatted(tam, name(names, event.changedBy()));
        // The entry needs a user: the manager who confirmed, or for the CRM the TAM it went to.
        UUID author = event.changedBy() != null ? event.changedBy() : tamId;
        timeline.recordOnce(new NewTimelineEntry(
                event.accountId(), TimelineEntryType.UPDATE, LocalDate.now(clock), author, null, notes));
    }

    private static String name(Map<UUID, UserReference> names, UUID id) {
        UserReference user = names.get(id);
        return user == null ? "unknown user" : user.displayName();
    }
}
