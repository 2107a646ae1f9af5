package dev.facet.security.web;

import dev.facet.security.CurrentUser;
import dev.facet.security.CurrentUsers;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in ({@code me}) and which time zone to show times in ({@code zone}). */
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
}
