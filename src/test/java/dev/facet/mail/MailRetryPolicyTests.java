package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailRetryPolicyTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final MailRetryPolicy policy = new MailRetryPolicy(8, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            failedAttempts, nextAttemptInMinutes
            1,              1
            2,              2
            3,              4
            4,              8
            5,              16
            6,              30
            7,              30
            8,
            9,
            """)
    void theDelayDoublesUpToTheCapAndStopsAfterTheLastAttempt(int failedAttempts, Integer nextAttemptInMinutes) {
        var next = policy.nextAttempt(failedAttempts, NOW);
        if (nextAttemptInMinutes == null) {
            assertThat(next).isEmpty();
        } else {
            assertThat(next).contains(NOW.plus(Duration.ofMinutes(nextAttemptInMinutes)));
        }
    }
}
