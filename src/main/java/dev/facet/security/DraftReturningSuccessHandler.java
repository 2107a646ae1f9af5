package dev.facet.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in: back to the page whose form was posted after the session had ended, where the
 * {@link UnsavedDraft} waits; else to the page that asked for the sign-in, else home.
 */
final class DraftReturningSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    DraftReturningSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(UnsavedDraft.SESSION_ATTRIBUTE) instanceof UnsavedDraft draft) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, draft.page());
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
