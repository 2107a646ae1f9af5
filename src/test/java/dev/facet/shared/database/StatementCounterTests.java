package dev.facet.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.support.ApplicationTest;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request's statement count is its own: every statement of its thread, none of another thread's. */
@ApplicationTest
class StatementCounterTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsEveryStatementOfThisThreadAndNoneOfAnother() {
        long before = StatementCounter.onThisThread();

        jdbc.sql("select 1").query(Integer.class).single();
        jdbc.sql("select 2").query(Integer.class).single();
        CompletableFuture.runAsync(
                        () -> jdbc.sql("select 3").query(Integer.class).single())
                .join();

        assertThat(StatementCounter.onThisThread() - before).isEqualTo(2);
    }
}
