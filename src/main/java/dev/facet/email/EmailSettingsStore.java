package dev.facet.email;

import dev.facet.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row of {@code email_settings}. */
@Repository
class EmailSettingsStore {

    private final JdbcClient jdbc;

    EmailSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EmailProgramSettings load() {
        return jdbc.sql("select spacing_days, from_address, version from email_settings where id = 1")
                .query((rs, n) -> new EmailProgramSettings(
                        rs.getInt("spacing_days"), rs.getString("from_address"), rs.getLong("version")))
                .single();
    }

    /** Saves the settings if nobody saved since {@code changes.version()}. */
    void save(EmailProgramSettings changes) {
        int updated = jdbc.sql("""
                        update email_settings
                           set spacing_days = ?, from_address = ?, version = version + 1
                         where id = 1 and version = ?""")
                .params(changes.spacingDays(), changes.fromAddress(), changes.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException("Email program settings");
        }
    }
}
