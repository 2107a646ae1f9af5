package dev.facet.security.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.CurrentUsers;
import dev.facet.security.UnsavedDraft;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in ({@code me}), which time zone to show times in ({@code zone}),
 * and, on the page of a form posted after the session had ended, what was typed ({@code unsavedDraft}).
 */
@ControllerAdvice
class CurrentUserModelAdvice {

    @ModelAttribute("me")
    @Nullable
    CurrentUser me() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return CurrentUsers.current().map(CurrentUser::timeZone).orElse(ZoneOffset.UTC);
    }

    @ModelAttribute("unsavedDraft")
    @Nullable
    UnsavedDraft unsavedDraft(HttpServletRequest request) {
        return UnsavedDraft.takeFor(request).orElse(null);
    }
}
