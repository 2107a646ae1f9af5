package dev.facet.team;

import dev.facet.security.UserReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan's people, start date, status and template version; {@code version} guards ending it. */
public record PlanHeader(
        UUID id,
        UserReference newHire,
        UserReference manager,
        UserReference buddy,
        LocalDate startDate,
        PlanStatus status,
        int templateVersion,
        Instant startedAt,
        long version) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }
}
