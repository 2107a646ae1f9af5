package dev.facet.timeline;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts right, every ten minutes on one instance, any first engagement that differs from the timeline
 * ({@code account_first_engagement}, V28). The triggers keep it current in each transaction; only a
 * bulk change running beside other writers takes no locks and can leave a row behind, which this
 * finds. It groups the calls and meetings of every account (about half a second on dataset L) and
 * writes nothing when nothing differs.
 */
@Component
class FirstEngagementRepair {

    private static final Logger log = LoggerFactory.getLogger(FirstEngagementRepair.class);

    private static final String STALE_FIRST_ENGAGEMENTS = """
            with live as (
                select account_id, min(entry_date) as first_engagement_date from timeline_entry
                where type in ('CALL', 'MEETING') group by account_id
            )
            select account_id from (
                (select account_id, first_engagement_date from account_first_engagement except select * from live)
                union all
                (select * from live except select account_id, first_engagement_date from account_first_engagement)
            ) differing
            group by account_id order by account_id
            """;

    private final JdbcClient jdbc;

    FirstEngagementRepair(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(
            fixedDelayString = "${facet.read-models.repair-interval:PT10M}",
            initialDelayString = "${facet.read-models.repair-initial-delay:PT10M}")
    @SchedulerLock(name = "first-engagement-repair", lockAtMostFor = "PT10M")
    @Transactional
    void repair() {
        List<UUID> stale = jdbc.sql(STALE_FIRST_ENGAGEMENTS).query(UUID.class).list();
        if (stale.isEmpty()) {
            return;
        }
        String ids = stale.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("select timeline_refresh_first_engagement(cast(:ids as uuid[]))")
                .param("ids", ids)
                .query()
                .listOfRows();
        log.warn(
                "Read model repair: {} first engagements differed from the timeline and were recomputed", stale.size());
    }
}
