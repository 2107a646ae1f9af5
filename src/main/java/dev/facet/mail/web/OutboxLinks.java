package dev.facet.mail.web;

import dev.facet.mail.MailStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the outbox's pages that keep the status filter. */
public record OutboxLinks(@Nullable MailStatus status) {

    public String url(int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/outbox");
        if (status != null) {
            url.queryParam("status", status);
        }
        return url.queryParam("page", page).build().toUriString();
    }
}
