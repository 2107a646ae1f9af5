package dev.facet.team;

import dev.facet.security.UserReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan's people, start date, status and template version; {@code version} guards ending it. A
 * graduated plan says when, who confirmed it and, for an override, why.
 */
public record PlanHeader(
        UUID id,
        UserReference newHire,
        UserReference manager,
        UserReference buddy,
        LocalDate startDate,
        PlanStatus status,
        int templateVersion,
        Instant startedAt,
        long version,
        @Nullable LocalDate graduatedOn,
        @Nullable UserReference graduatedBy,
        @Nullable String graduationNote) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    public boolean graduated() {
        return status == PlanStatus.GRADUATED;
    }

    /** Days from the start to graduation, or null while not graduated. */
    public @Nullable Long daysToGraduation() {
        return graduatedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(startDate, graduatedOn);
    }
}
