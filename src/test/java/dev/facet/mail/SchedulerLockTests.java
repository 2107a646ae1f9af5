package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender runs on one instance of the cluster at a time: while another instance holds its row in
 * the {@code shedlock} table, a run here does nothing; once the lock is free, it runs and takes it.
 */
@MailContextTest
class SchedulerLockTests {

    private static final String LOCK = "mail-outbox-sender";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSenderSkipsItsRunWhileAnotherInstanceHoldsTheLock() {
        UUID id = Objects.requireNonNull(transactions.execute(status -> outbox.enqueue(
                OutgoingMail.of("LOCK", List.of("ana@example.com"), TestData.unique("Locked"), "Text"))));
        jdbc.sql("""
                        insert into shedlock (name, lock_until, locked_at, locked_by)
                        values (:name, timezone('utc', now()) + interval '5 minutes', timezone('utc', now()), 'other-instance')
                        on conflict (name) do update
                           set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                               locked_by = excluded.locked_by""").param("name", LOCK).update();

        sender.sendDue();

        MailDetail waiting = outbox.detail(id);
        assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.attempts()).isZero();

        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = :name")
                .param("name", LOCK)
                .update();
        sender.sendDue();

        assertThat(outbox.detail(id).status()).isEqualTo(MailStatus.SENT);
        assertThat(jdbc.sql("select locked_by from shedlock where name = :name")
                        .param("name", LOCK)
                        .query(String.class)
                        .single())
                .as("this instance took the lock")
                .isNotEqualTo("other-instance");
        assertThat(jdbc.sql("select lock_until <= timezone('utc', now()) from shedlock where name = :name")
                        .param("name", LOCK)
                        .query(Boolean.class)
                        .single())
                .as("and released it when the run ended")
                .isTrue();
    }
}
