package dev.facet.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code api_idempotent_request} table: one row per caller and {@code Idempotency-Key}. Each
 * statement runs on its own (auto-commit), so a claim is visible to a concurrent request at once.
 */
class IdempotentRequestStore {

    /** How long a key is remembered; older rows are ignored, replaced by a new claim and deleted. */
    static final Duration KEY_LIFETIME = Duration.ofHours(24);

    /** A claim can lose to a row that is deleted in between (a 5xx released it); it then tries again. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequestStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a request with a key may do: run (it now holds the key), replay, or be refused. */
    sealed interface Claim {
        record Claimed() implements Claim {}

        record Replay(StoredResponse response) implements Claim {}

        record InProgress() implements Claim {}

        record UsedForAnotherRequest() implements Claim {}
    }

    /** What identifies a request besides its key: a repeat must match all three. */
    record Fingerprint(String method, String path, String bodySha256) {}

    record StoredResponse(
            int status,
            @Nullable String contentType,
            @Nullable String location,
            byte[] body) {}

    Claim claim(String caller, String key, Fingerprint request) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (insertOrReplaceExpired(caller, key, request, now)) {
                return new Claim.Claimed();
            }
            Optional<Claim> existing = existing(caller, key, request);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        return new Claim.InProgress();
    }

    void complete(String caller, String key, StoredResponse response) {
        jdbc.sql("""
                        update api_idempotent_request
                           set state = 'COMPLETED', completed_at = :now, response_status = :status,
                               response_content_type = :contentType, response_location = :location,
                               response_body = :body
                         where caller = :caller and idempotency_key = :key and state = 'IN_PROGRESS'
                        """)
                .param("now", timestamp(clock.instant()))
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("caller", caller)
                .param("key", key)
                .update();
    }

    /** Gives the key back (the request failed on our side), so that a retry runs again. */
    void release(String caller, String key) {
        jdbc.sql("""
                        delete from api_idempotent_request
                         where caller = :caller and idempotency_key = :key and state = 'IN_PROGRESS'
                        """).param("caller", caller).param("key", key).update();
    }

    /** One statement, so two requests racing for a new or expired key cannot both win it. */
    private boolean insertOrReplaceExpired(String caller, String key, Fingerprint request, Instant now) {
        return jdbc.sql("""
                        insert into api_idempotent_request
                               (caller, idempotency_key, method, path, request_hash, state, created_at)
                        values (:caller, :key, :method, :path, :hash, 'IN_PROGRESS', :now)
                        on conflict (caller, idempotency_key) do update
                           set method = excluded.method, path = excluded.path,
                               request_hash = excluded.request_hash, state = excluded.state,
                               created_at = excluded.created_at, completed_at = null,
                               response_status = null, response_content_type = null,
                               response_location = null, response_body = null
                         where api_idempotent_request.created_at < :expired
                        """)
                        .param("caller", caller)
                        .param("key", key)
                        .param("method", request.method())
                        .param("path", request.path())
                        .param("hash", request.bodySha256())
                        .param("now", timestamp(now))
                        .param("expired", timestamp(now.minus(KEY_LIFETIME)))
                        .update()
                == 1;
    }

    private Optional<Claim> existing(String caller, String key, Fingerprint request) {
        return jdbc.sql("""
                        select method, path, request_hash, state, response_status, response_content_type,
                               response_location, response_body
                          from api_idempotent_request
                         where caller = :caller and idempotency_key = :key
                        """)
                .param("caller", caller)
                .param("key", key)
                .query((rs, row) -> {
                    Fingerprint stored =
                            new Fingerprint(rs.getString("method"), rs.getString("path"), rs.getString("request_hash"));
                    if (!stored.equals(request)) {
                        return (Claim) new Claim.UsedForAnotherRequest();
                    }
                    if (!"COMPLETED".equals(rs.getString("state"))) {
                        return new Claim.InProgress();
                    }
                    byte[] body = rs.getBytes("response_body");
                    return new Claim.Replay(new StoredResponse(
                            rs.getInt("response_status"),
                            rs.getString("response_content_type"),
                            rs.getString("response_location"),
                            body == null ? new byte[0] : body));
                })
                .optional();
    }

    /** Forgets the keys older than their lifetime; {@link IdempotencyKeyCleanup} calls it now and then. */
    int deleteExpired() {
        return jdbc.sql("delete from api_idempotent_request where created_at < :expired")
                .param("expired", timestamp(clock.instant().minus(KEY_LIFETIME)))
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
