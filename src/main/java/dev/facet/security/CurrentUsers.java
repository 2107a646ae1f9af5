package dev.facet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The signed-in browser user of the current request, if any. */
public final class CurrentUsers {

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private CurrentUsers() {}

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FacetPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /**
     * After users changed their own profile, the session remembers the new time zone, so the next
     * page shows times in it without signing in again.
     */
    public static void refresh(UserView changed, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof FacetPrincipal principal)
                || !principal.currentUser().id().equals(changed.id())) {
            return;
        }
        FacetPrincipal updated = principal.withTimeZone(changed.timeZone());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                updated, authentication.getCredentials(), authentication.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }
}
