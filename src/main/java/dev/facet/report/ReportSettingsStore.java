package dev.facet.report;

import dev.facet.shared.StaleEditException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row of {@code report_settings}. */
@Repository
class ReportSettingsStore {

    private final JdbcClient jdbc;

    ReportSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReportSettings load() {
        return jdbc.sql("select day_of_week, local_time, time_zone, version from report_settings where id = 1")
                .query((rs, n) -> new ReportSettings(
                        DayOfWeek.valueOf(rs.getString("day_of_week")),
                        rs.getObject("local_time", LocalTime.class),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getLong("version")))
                .single();
    }

    /** Saves the settings if nobody saved since {@code changes.version()}. */
    void save(ReportSettings changes) {
        int updated = jdbc.sql("""
                        update report_settings
                           set day_of_week = ?, local_time = ?, time_zone = ?, version = version + 1
                         where id = 1 and version = ?""")
                .params(
                        changes.dayOfWeek().name(),
                        changes.localTime(),
                        changes.timeZone().getId(),
                        changes.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException("Report settings");
        }
    }
}
