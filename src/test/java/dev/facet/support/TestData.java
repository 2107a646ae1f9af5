package dev.facet.support;

import dev.facet.security.ApiTokenManagement;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Users and tokens with unique names, so tests sharing one database never collide. */
public final class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {}

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static UserView user(UserManagement users, Role role) {
        String username = unique(role.name().toLowerCase());
        return users.create(new NewUser(
                username, "User " + username, username + "@test.example", PASSWORD, Set.of(role), null, "UTC"));
    }

    public static String apiToken(ApiTokenManagement tokens) {
        return tokens.issue(unique("token"), null).value();
    }
}
