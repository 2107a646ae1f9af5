package dev.facet.metrics;

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
 * Puts right, every ten minutes on one instance, any time-to-value row that differs from its
 * definition ({@code onboarding_time_to_value_live}). The triggers keep the table current in each
 * transaction; only a bulk change running beside other writers takes no locks and can leave a row
 * behind, which this finds. It reads the 20,000 onboardings of dataset L twice (well under a second)
 * and writes nothing when nothing differs. The timeline's {@code FirstEngagementRepair} does the same
 * for the first engagements, whose corrections reach these rows through their triggers.
 */
@Component
class TimeToValueRepair {

    private static final Logger log = LoggerFactory.getLogger(TimeToValueRepair.class);

    private static final String STALE_TIME_TO_VALUE = """
            select cta_id from (
                (select * from onboarding_time_to_value except select * from onboarding_time_to_value_live)
                union all
                (select * from onboarding_time_to_value_live except select * from onboarding_time_to_value)
            ) differing
            group by cta_id order by cta_id
            """;

    private final JdbcClient jdbc;

    TimeToValueRepair(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(
            fixedDelayString = "${facet.read-models.repair-interval:PT10M}",
            initialDelayString = "${facet.read-models.repair-initial-delay:PT10M}")
    @SchedulerLock(name = "time-to-value-repair", lockAtMostFor = "PT10M")
    @Transactional
    void repair() {
        List<UUID> stale = jdbc.sql(STALE_TIME_TO_VALUE).query(UUID.class).list();
        if (stale.isEmpty()) {
            return;
        }
        String ids = stale.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("select metrics_refresh_time_to_value(cast(:ids as uuid[]))")
                .param("ids", ids)
                .query()
                .listOfRows();
        log.warn(
                "Read model repair: {} time-to-value rows differed from their definition and were recomputed",
                stale.size());
    }
}
