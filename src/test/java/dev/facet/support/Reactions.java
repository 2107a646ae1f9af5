package dev.facet.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the event reactions in flight, so a measurement or assertion sees only its own work. */
public final class Reactions {

    private Reactions() {}

    public static void awaitQuiet(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
