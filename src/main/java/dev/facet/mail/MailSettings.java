package dev.facet.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings ({@code facet.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender of mails that name none, e.g. {@code Facet <facet@example.com>}
 * @param batchSize with the sender's bound of batches, how many mails one run delivers (each in its own transaction)
 * @param maxAttempts attempts before a mail that keeps failing temporarily is FAILED
 * @param firstRetryDelay the wait after the first failed attempt; it doubles after each further one
 * @param maxRetryDelay the longest wait between two attempts
 */
@ConfigurationProperties("facet.mail")
record MailSettings(
        @DefaultValue("Facet <facet@localhost>") String from,
        @DefaultValue("10") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryDelay,
        @DefaultValue("PT1H") Duration maxRetryDelay) {

    MailSettings {
        OutgoingMail.checkAddress("from", from);
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("facet.mail.batch-size and max-attempts must be at least 1");
        }
    }

    MailRetryPolicy retryPolicy() {
        return new MailRetryPolicy(maxAttempts, firstRetryDelay, maxRetryDelay);
    }
}
