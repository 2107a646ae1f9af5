package dev.facet.shared;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the event publication registry, so admins see reactions that did not complete. */
@Service
@Transactional(readOnly = true)
public class EventReactions {

    private final EntityManager entityManager;
    private final Clock clock;

    EventReactions(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Reactions still not completed {@code olderThan} after their event, in one query. */
    public ReactionBacklog incompleteOlderThan(Duration olderThan) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("""
                        select count(*),
                               count(*) filter (where status = 'FAILED'),
                               min(publication_date)
                          from event_publication
                         where completion_date is null
                           and publication_date < :before""")
                .setParameter("before", clock.instant().minus(olderThan))
                .getSingleResult();
        return new ReactionBacklog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
