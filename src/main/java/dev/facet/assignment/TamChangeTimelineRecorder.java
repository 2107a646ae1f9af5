package dev.facet.assignment;

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
 * Every move of an account from one TAM to another (or away from its TAM) leaves an UPDATE entry on
 * the account's timeline, whoever made it: a manager's bulk move, the account page, or the CRM. The
 * first assignment of a TAM is not a move and is told by the onboarding CTA that opens instead. The
 * entry's author is the user who made the change; for the CRM, the TAM the account went to (or came
 * from), since an entry needs a user.
 */
@Component
class TamChangeTimelineRecorder {

    private final TimelineManagement timeline;
    private final UserManagement users;
    private final Clock clock;

    TamChangeTimelineRecorder(TimelineManagement timeline, UserManagement users, Clock clock) {
        this.timeline = timeline;
        this.users = users;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TamAssigned event) {
        UUID previous = event.previousTamId();
        if (previous == null) {
            return;
        }
        UUID author =
                event.changedBy() != null ? event.changedBy() : Objects.requireNonNullElse(event.tamId(), previous);
        Map<UUID, UserReference> names = users.references(Stream.of(previous, event.tamId(), event.changedBy())
                .filter(Objects::nonNull)
                .toList());
        String by = event.changedBy() == null ? "the CRM" : name(names, event.changedBy());
        String notes = event.tamId() == null
                ? "TAM %s removed by %s.".formatted(name(names, previous), by)
                : "TAM changed from %s to %s by %s.".formatted(name(names, previous), name(names, event.tamId()), by);
        timeline.record(new NewTimelineEntry(
                event.accountId(), TimelineEntryType.UPDATE, LocalDate.now(clock), author, null, notes));
    }

    private static String name(Map<UUID, UserReference> names, UUID id) {
        UserReference user = names.get(id);
        return user == null ? "unknown user" : user.displayName();
    }
}
