package dev.facet.cta;

import dev.facet.account.Gemstone;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.shared.StaleEditException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the trigger rules; the newest version of each is the one in force. */
@Repository
class RuleBook {

    private static final String COLUMNS = """
            rule, version, enabled, enterprise_arr_threshold, mid_market_arr_threshold, smb_arr_threshold,
            minimum_gemstone""";

    private final JdbcClient jdbc;

    RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RuleSettings current(TriggerRule rule) {
        return jdbc.sql("select " + COLUMNS + " from cta_rule_version where rule = ? order by version desc limit 1")
                .param(rule.name())
                .query(RuleBook::settings)
                .single();
    }

    List<RuleSettings> currentAll() {
        return jdbc
                .sql("select distinct on (rule) " + COLUMNS + " from cta_rule_version order by rule, version desc")
                .query(RuleBook::settings)
                .list()
                .stream()
                .sorted((a, b) -> a.rule().compareTo(b.rule()))
                .toList();
    }

    List<RuleVersionView> history(TriggerRule rule) {
        return jdbc.sql("select " + COLUMNS + ", created_at, created_by from cta_rule_version where rule = ?"
                        + " order by version desc")
                .param(rule.name())
                .query((rs, n) -> new RuleVersionView(
                        settings(rs, n), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .list();
    }

    /**
     * Saves the settings as the next version, if {@code basedOn} is still the newest; the primary key
     * refuses a second writer that raced past the check. Settings equal to the newest version save
     * nothing: the version in force stays, and the history shows no empty change.
     */
    RuleSettings saveNewVersion(RuleSettings changes, int basedOn, String by, Instant now) {
        RuleSettings current = current(changes.rule());
        if (current.version() != basedOn) {
            throw new StaleEditException("Rule");
        }
        if (current.sameSettingsAs(changes)) {
            return current;
        }
        int next = current.version() + 1;
        jdbc.sql("""
                        insert into cta_rule_version (rule, version, enabled, enterprise_arr_threshold,
                            mid_market_arr_threshold, smb_arr_threshold, minimum_gemstone, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        changes.rule().name(),
                        next,
                        changes.enabled(),
                        changes.enterpriseArrThreshold(),
                        changes.midMarketArrThreshold(),
                        changes.smbArrThreshold(),
                        changes.minimumGemstone() == null
                                ? null
                                : changes.minimumGemstone().name(),
                        java.sql.Timestamp.from(now),
                        by)
                .update();
        return current(changes.rule());
    }

    private static RuleSettings settings(ResultSet rs, int row) throws SQLException {
        String gemstone = rs.getString("minimum_gemstone");
        return new RuleSettings(
                TriggerRule.valueOf(rs.getString("rule")),
                rs.getInt("version"),
                rs.getBoolean("enabled"),
                rs.getBigDecimal("enterprise_arr_threshold"),
                rs.getBigDecimal("mid_market_arr_threshold"),
                rs.getBigDecimal("smb_arr_threshold"),
                gemstone == null ? null : Gemstone.valueOf(gemstone));
    }
}
