package dev.facet.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Consecutive failed logins for one typed username. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    private String username;

    private int failures;
    private Instant lastFailure;
    private @Nullable Instant lockedUntil;

    protected LoginAttempt() {}

    LoginAttempt(String username) {
        this.username = username;
    }

    void recordFailure(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // the previous lock ran out: count afresh
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailure = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
        }
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
