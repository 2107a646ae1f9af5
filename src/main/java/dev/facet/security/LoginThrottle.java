package dev.facet.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after too many failed logins in a row. It counts typed usernames,
 * known or not, so the answer never tells whether a user exists.
 */
@Component
class LoginThrottle {

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(
            LoginAttemptRepository attempts,
            Clock clock,
            @Value("${facet.login.max-failures:10}") int maxFailures,
            @Value("${facet.login.lockout:PT15M}") Duration lockout) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return attempts.findById(key(username))
                .map(a -> a.isLockedAt(clock.instant()))
                .orElse(false);
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        LoginAttempt attempt = attempts.findById(username).orElseGet(() -> new LoginAttempt(username));
        attempt.recordFailure(clock.instant(), maxFailures, lockout);
        attempts.save(attempt);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.deleteById(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
