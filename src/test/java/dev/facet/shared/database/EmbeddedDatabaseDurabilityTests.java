package dev.facet.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps committed data across restarts, with fsync and synchronous commit on. */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path dataDirectory;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void keepsDataAcrossARestart() throws Exception {
        var properties = new EmbeddedDatabaseProperties(true, dataDirectory, 0, true, false);
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
                Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            statement.execute("create table survivor (name text)");
            statement.execute("insert into survivor values ('still here')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
                Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
