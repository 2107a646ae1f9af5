package dev.facet.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a Facet user, the way form login would. */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(UserView user) {
        return as(user.id(), user.username(), user.roles());
    }

    public static RequestPostProcessor as(UUID id, String username, Set<Role> roles) {
        var principal = new FacetPrincipal(id, username, "User " + username, "", roles, "UTC", true, false);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static CurrentUser currentUser(UserView user) {
        return new FacetPrincipal(
                        user.id(), user.username(), user.displayName(), "", user.roles(), user.timeZone(), true, false)
                .currentUser();
    }
}
