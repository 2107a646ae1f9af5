package dev.facet.security;

import dev.facet.shared.web.HtmxRequest;
import dev.facet.shared.web.RefererPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The browser's answers when a request comes without a valid session, which is not a permission
 * problem. An htmx request gets 401 with {@code X-Facet-Session: ended}, and the page shows the
 * "Your session has ended" banner whose link leads back to it after signing in. A full-page post keeps
 * what was typed ({@link UnsavedDraft}) and goes to sign in; afterwards the person is back on the
 * form's page with their text in it. A token that does not match a live session (a page from before
 * a restart) brings the signed-in person straight back to the form, text kept: either way an
 * expired CSRF token is never "you do not have permission".
 */
final class SessionEndedHandling implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String HEADER = "X-Facet-Session";
    static final String ENDED = "ended";
    static final String LOGIN_AFTER_EXPIRY = "/login?expired";

    /** Never kept as a draft: credentials and the old token. */
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "password", "newPassword", "currentPassword");

    private final AuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");
    private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (isHtmx(request)) {
            sessionEnded(response);
            return;
        }
        pages.commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!(e instanceof CsrfException)) {
            forbidden.handle(request, response, e);
            return;
        }
        if (isHtmx(request)) {
            // What was typed is still in the page; the banner says why nothing happened.
            sessionEnded(response);
            return;
        }
        String page = keepDraft(request);
        if (signedIn()) {
            // A live session with another token (a page from before a restart): back to the form, text kept.
            response.sendRedirect(request.getContextPath() + (page == null ? "/" : page));
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN_AFTER_EXPIRY);
        }
    }

    private static void sessionEnded(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HEADER, ENDED);
    }

    /** @return the page the form was on, or null when the post did not come from one of our pages */
    private static @Nullable String keepDraft(HttpServletRequest request) {
        String page = RefererPath.of(request);
        if (page == null || page.startsWith("/login") || !"POST".equals(request.getMethod())) {
            // Only a form of our own pages is kept: a post from elsewhere is not a person's draft.
            return null;
        }
        List<UnsavedDraft.Field> fields = new ArrayList<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (NOT_KEPT.contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                characters += value.length();
                fields.add(new UnsavedDraft.Field(parameter.getKey(), value));
            }
        }
        if (characters > UnsavedDraft.MAX_CHARACTERS) {
            return page;
        }
        String action =
                request.getRequestURI().substring(request.getContextPath().length());
        request.getSession(true).setAttribute(UnsavedDraft.SESSION_ATTRIBUTE, new UnsavedDraft(action, page, fields));
        return page;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return HtmxRequest.of(request).fromHtmx();
    }
}
