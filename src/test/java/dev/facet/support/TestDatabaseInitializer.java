package dev.facet.support;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives every test context a real PostgreSQL: a Testcontainers one when a Docker engine answers,
 * else the application's embedded one in a throwaway directory. Registered in
 * META-INF/spring.factories, so each Spring Boot test context gets it without extra annotations.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);
    private static PostgreSQLContainer container;
    private static Boolean dockerAvailable;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        // Test data is throwaway: no fsync, a fresh cluster per context.
        properties.put("facet.database.embedded.ephemeral", "true");
        properties.put("facet.database.embedded.durable", "false");
        // The enablement email job would queue mails and add CTA tasks behind other tests' backs:
        // it waits an hour, and tests run it themselves with the day they need.
        properties.put("facet.enablement.send-interval", "PT1H");
        properties.put("facet.enablement.send-initial-delay", "PT1H");
        if (docker()) {
            PostgreSQLContainer postgres = container();
            properties.put("spring.datasource.url", postgres.getJdbcUrl());
            properties.put("spring.datasource.username", postgres.getUsername());
            properties.put("spring.datasource.password", postgres.getPassword());
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("facet-test-database", properties));
    }

    private static synchronized boolean docker() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                dockerAvailable = false;
            }
            log.info(
                    dockerAvailable
                            ? "Tests use a Testcontainers PostgreSQL"
                            : "No Docker engine: tests use the embedded PostgreSQL");
        }
        return dockerAvailable;
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
        }
        return container;
    }
}
