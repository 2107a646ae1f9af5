package dev.facet.assignment;

import dev.facet.shared.StaleEditException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of load weights. */
@Repository
class LoadWeightsRepository {

    private final JdbcClient jdbc;

    LoadWeightsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LoadWeights get() {
        return jdbc.sql("""
                        select open_onboarding, diamond, pearl, sapphire, ruby, quartz, unclassified, version
                        from assignment_load_weights where id = 1""")
                .query((rs, n) -> new LoadWeights(
                        rs.getInt("open_onboarding"),
                        rs.getInt("diamond"),
                        rs.getInt("pearl"),
                        rs.getInt("sapphire"),
                        rs.getInt("ruby"),
                        rs.getInt("quartz"),
                        rs.getInt("unclassified"),
                        rs.getLong("version")))
                .single();
    }

    /** Saves the weights if nobody saved since {@code weights.version()}. */
    void save(LoadWeights weights, UUID by, Instant at) {
        int updated = jdbc.sql("""
                        update assignment_load_weights
                        set open_onboarding = ?, diamond = ?, pearl = ?, sapphire = ?, ruby = ?, quartz = ?,
                            unclassified = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where id = 1 and version = ?""")
                .params(
                        weights.openOnboarding(),
                        weights.diamond(),
                        weights.pearl(),
                        weights.sapphire(),
                        weights.ruby(),
                        weights.quartz(),
                        weights.unclassified(),
                        java.sql.Timestamp.from(at),
                        by,
                        weights.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException("Load weights");
        }
    }
}
