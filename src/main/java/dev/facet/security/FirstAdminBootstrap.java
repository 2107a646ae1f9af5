package dev.facet.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code FACET_ADMIN_USERNAME}, {@code FACET_ADMIN_EMAIL} and {@code
 * FACET_ADMIN_PASSWORD} when nobody can sign in yet. There are no default credentials: the prod
 * profile refuses to start with an empty user table and no such variables.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserManagement users;
    private final String username;
    private final String email;
    private final String password;
    private final boolean required;

    FirstAdminBootstrap(
            UserManagement users,
            @Value("${FACET_ADMIN_USERNAME:}") String username,
            @Value("${FACET_ADMIN_EMAIL:}") String email,
            @Value("${FACET_ADMIN_PASSWORD:}") String password,
            @Value("${facet.bootstrap-admin.required:false}") boolean required) {
        this.users = users;
        this.username = username;
        this.email = email;
        this.password = password;
        this.required = required;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            if (required) {
                throw new IllegalStateException(
                        "No users yet: set FACET_ADMIN_USERNAME, FACET_ADMIN_EMAIL and FACET_ADMIN_PASSWORD to create the first admin");
            }
            return;
        }
        users.create(new NewUser(
                username,
                username,
                email.isBlank() ? username + "@localhost" : email,
                password,
                Set.of(Role.ADMIN),
                null,
                "UTC"));
        log.info("Created the first admin, {}", username);
    }
}
