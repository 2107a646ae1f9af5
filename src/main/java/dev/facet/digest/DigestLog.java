package dev.facet.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code daily_digest} rows: which user's digest of which kind and day is done. */
@Repository
class DigestLog {

    private final JdbcClient jdbc;

    DigestLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One user's digest of one kind and local day. */
    record Key(UUID userId, DigestKind kind, LocalDate day) {}

    /**
     * Claims the digest in the caller's transaction; false when it is done already. A second instance
     * claiming the same digest at once waits on this row until the first commits, then gets false.
     */
    boolean claim(Key key, Instant now) {
        return jdbc.sql("""
                        insert into daily_digest (user_id, kind, local_date, created_at)
                        values (?, ?, ?, ?)
                        on conflict (user_id, kind, local_date) do nothing""")
                        .params(key.userId(), key.kind().name(), key.day(), now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Records which outbox mail carried the digest. */
    void mailed(Key key, UUID mailId) {
        jdbc.sql("update daily_digest set mail_id = ? where user_id = ? and kind = ? and local_date = ?")
                .params(mailId, key.userId(), key.kind().name(), key.day())
                .update();
    }

    /** The digests of these days that are done, in one statement. */
    Set<Key> doneOn(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select user_id, kind, local_date from daily_digest where local_date in (:days)")
                .param("days", days)
                .query((rs, n) -> new Key(
                        rs.getObject("user_id", UUID.class),
                        DigestKind.valueOf(rs.getString("kind")),
                        rs.getObject("local_date", LocalDate.class)))
                .list());
    }
}
