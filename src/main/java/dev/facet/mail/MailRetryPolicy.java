package dev.facet.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that failed for a temporary reason is tried again: after the first failed attempt
 * {@code firstDelay}, then twice as long after each further one, never longer than {@code maxDelay};
 * after {@code maxAttempts} attempts it is not tried again.
 */
record MailRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** The time of the next attempt after {@code attempts} failed ones, or empty when it should fail. */
    Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attempts)));
    }

    Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
