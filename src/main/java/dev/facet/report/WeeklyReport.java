package dev.facet.report;

import dev.facet.mail.MailOutbox;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the weekly onboarding report of one scheduled time to every subscriber, at most once: the
 * run row and the mails are written in one transaction, so either all of them are queued in the
 * outbox and the run is recorded, or nothing is and the next check tries again.
 */
@Service
public class WeeklyReport {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReport.class);

    private final UserManagement users;
    private final WeeklyReportComposer composer;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    WeeklyReport(UserManagement users, WeeklyReportComposer composer, MailOutbox outbox, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.composer = composer;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the report of {@code scheduledFor} for each subscriber; 0 when this week's was sent already. */
    @Transactional
    public int send(ZonedDateTime scheduledFor) {
        // Keyed by the scheduled time, and none within six days before it: an admin who moves the
        // report day after this week's went out does not make a second one this week.
        jdbc.sql("lock table weekly_report_run in share row exclusive mode").update();
        int claimed = jdbc.sql("""
                        insert into weekly_report_run (scheduled_for, sent_at, recipients)
                        select :scheduledFor, :now, 0
                        where not exists (
                            select 1 from weekly_report_run
                            where scheduled_for > cast(:scheduledFor as timestamptz) - interval '6 days')
                        on conflict (scheduled_for) do nothing""")
                .param("scheduledFor", scheduledFor.toOffsetDateTime())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        if (claimed == 0) {
            return 0;
        }
        List<UserView> subscribers = users.weeklyReportSubscribers();
        int queued = 0;
        for (UserView subscriber : subscribers) {
            try {
                outbox.enqueue(composer.mail(subscriber, composer.content(subscriber)));
                queued++;
            } catch (InvalidInputException unusableAddress) {
                // One bad address (entered before addresses were checked) must not stop everyone's report.
                log.warn("Weekly report not queued for {}: {}", subscriber.username(), unusableAddress.getMessage());
            }
        }
        jdbc.sql("update weekly_report_run set recipients = ? where scheduled_for = ?")
                .params(queued, scheduledFor.toOffsetDateTime())
                .update();
        log.info("Weekly onboarding report of {} queued for {} subscribers", scheduledFor, queued);
        return queued;
    }
}
