package dev.facet.cta;

import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.shared.StaleEditException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing table and the CTA settings, kept as plain rows. */
@Repository
class Routing {

    private final JdbcClient jdbc;

    Routing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RoutingSettings settings() {
        Map<RoutingSettings.Cell, UUID> managers = new HashMap<>();
        jdbc.sql("select segment, region, manager_id from cta_routing").query(rs -> {
            managers.put(
                    new RoutingSettings.Cell(
                            Segment.valueOf(rs.getString("segment")), Region.valueOf(rs.getString("region"))),
                    rs.getObject("manager_id", UUID.class));
        });
        return jdbc.sql(
                        "select fallback_manager_id, assign_tam_due_days, risk_due_days, snooze_max_days, version from cta_settings")
                .query((rs, n) -> new RoutingSettings(
                        Map.copyOf(managers),
                        rs.getObject("fallback_manager_id", UUID.class),
                        rs.getInt("assign_tam_due_days"),
                        rs.getInt("risk_due_days"),
                        rs.getInt("snooze_max_days"),
                        rs.getLong("version")))
                .single();
    }

    /** Replaces the routing table and settings, if nobody saved since {@code changes.version()}. */
    void save(RoutingSettings changes) {
        int updated = jdbc.sql("""
                        update cta_settings set fallback_manager_id = ?, assign_tam_due_days = ?, risk_due_days = ?,
                            snooze_max_days = ?, version = version + 1
                        where id = 1 and version = ?""")
                .params(
                        changes.fallbackManagerId(),
                        changes.assignTamDueDays(),
                        changes.riskDueDays(),
                        changes.snoozeMaxDays(),
                        changes.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException("Routing");
        }
        jdbc.sql("delete from cta_routing").update();
        changes.managers()
                .forEach((cell, manager) -> jdbc.sql(
                                "insert into cta_routing (segment, region, manager_id) values (?, ?, ?)")
                        .params(cell.segment().name(), cell.region().name(), manager)
                        .update());
    }
}
