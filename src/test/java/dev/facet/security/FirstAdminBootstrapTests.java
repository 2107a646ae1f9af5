package dev.facet.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The prod profile has no default credentials: the first admin comes from the environment. */
class FirstAdminBootstrapTests {

    private final UserManagement users = mock(UserManagement.class);

    @Test
    void createsTheFirstAdminFromTheEnvironment() {
        given(users.count()).willReturn(0L);
        bootstrap("root", "a long passphrase", true).run(new DefaultApplicationArguments());
        then(users)
                .should()
                .create(new NewUser(
                        "root", "root", "root@example.com", "a long passphrase", Set.of(Role.ADMIN), null, "UTC"));
    }

    @Test
    void refusesToStartProdWithoutUsersOrVariables() {
        given(users.count()).willReturn(0L);
        assertThatThrownBy(() -> bootstrap("", "", true).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FACET_ADMIN_PASSWORD");
    }

    @Test
    void leavesExistingUsersAlone() {
        given(users.count()).willReturn(3L);
        bootstrap("root", "a long passphrase", true).run(new DefaultApplicationArguments());
        then(users).should(never()).create(any());
    }

    private FirstAdminBootstrap bootstrap(String username, String password, boolean required) {
        return new FirstAdminBootstrap(users, username, "root@example.com", password, required);
    }
}
