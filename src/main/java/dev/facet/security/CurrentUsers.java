package dev.facet.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in browser user of the current request, if any. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FacetPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }
}
