package dev.facet.assignment.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The manager view's state in the URL: everyone's queue or only mine, the queue page, the whole
 * team table or only my reports, and the TAM whose accounts the reassignment panel lists.
 */
public record ManagerQuery(
        @Nullable Boolean all,
        @Nullable Integer page,
        @Nullable Boolean everyone,
        @Nullable UUID from) {

    static final int PAGE_SIZE = 20;

    public boolean allItems() {
        return Boolean.TRUE.equals(all);
    }

    public boolean wholeTeam() {
        return Boolean.TRUE.equals(everyone);
    }

    public int pageNumber() {
        return page == null ? 0 : Math.max(page, 0);
    }

    /** The queue's page {@code n}, for the pagination fragment. */
    public String url(int n) {
        return build(allItems(), n, wholeTeam(), from);
    }

    public String withAllItems(boolean value) {
        return build(value, 0, wholeTeam(), from);
    }

    public String withWholeTeam(boolean value) {
        return build(allItems(), pageNumber(), value, from);
    }

    private static String build(boolean all, int page, boolean everyone, @Nullable UUID from) {
        var uri = UriComponentsBuilder.fromPath("/manager");
        if (all) {
            uri.queryParam("all", true);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        if (everyone) {
            uri.queryParam("everyone", true);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        return uri.build().toUriString();
    }
}
