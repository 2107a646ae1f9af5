package dev.facet.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database is configured, so that {@code ./mvnw
 * spring-boot:run} needs nothing but a JDK. Boot's Hikari, Flyway and JPA pick it up through the
 * {@link JdbcConnectionDetails} bean unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${facet.database.embedded.enabled:true}")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                // zonky's own shutdown hook stops PostgreSQL before Spring has closed its pool;
                // Spring closes it instead (destroyMethod).
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50");
        if (properties.ephemeral()) {
            builder.setDataDirectory(Files.createTempDirectory("facet-pg")).setCleanDataDirectory(true);
        } else {
            Files.createDirectories(properties.dataDirectory());
            builder.setDataDirectory(properties.dataDirectory()).setCleanDataDirectory(false);
        }
        // zonky starts PostgreSQL tuned for throwaway test data; a real workspace must survive a crash.
        String durable = properties.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL on port {} with data in {}",
                postgres.getPort(),
                properties.ephemeral() ? "a temporary directory" : properties.dataDirectory());
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
