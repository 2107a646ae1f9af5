package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled cleanup forgets keys past their 24 hours and keeps the others. */
@ApplicationTest
class IdempotencyKeyCleanupTests {

    @Autowired
    IdempotencyKeyCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void expiredKeysAreDeletedAndFreshOnesKept() {
        String caller = TestData.unique("cleanup-caller");
        insert(caller, "old", "now() - interval '25 hours'");
        insert(caller, "fresh", "now() - interval '1 hour'");

        cleanup.deleteExpiredKeys();

        assertThat(jdbc.sql("select idempotency_key from api_idempotent_request where caller = ?")
                        .param(caller)
                        .query(String.class)
                        .list())
                .containsExactly("fresh");
    }

    private void insert(String caller, String key, String createdAt) {
        jdbc.sql("insert into api_idempotent_request (caller, idempotency_key, method, path, request_hash, state,"
                        + " created_at) values (?, ?, 'POST', '/api/v1/x', 'hash', 'COMPLETED', " + createdAt + ")")
                .params(caller, key)
                .update();
    }
}
