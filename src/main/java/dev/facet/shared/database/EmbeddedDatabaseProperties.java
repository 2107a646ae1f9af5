package dev.facet.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL that starts inside the application when no {@code spring.datasource.url} is set.
 *
 * @param enabled whether it may start at all (the compose profile turns it off)
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port a fixed port, or 0 for any free one
 * @param durable fsync and synchronous commit on, so a crash of the app loses no committed data;
 *     tests switch this off for speed
 * @param ephemeral wipe the data directory at start (tests)
 */
@ConfigurationProperties("facet.database.embedded")
public record EmbeddedDatabaseProperties(
        boolean enabled, Path dataDirectory, int port, boolean durable, boolean ephemeral) {}
