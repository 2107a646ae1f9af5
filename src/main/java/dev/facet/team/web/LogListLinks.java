package dev.facet.team.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the pages of one of the log's three lists, keeping the page of the other two and the
 * weekly view's start in the URL, and landing on the list.
 */
public record LogListLinks(String path, @Nullable String from, LogPageNumbers pages, String list) {

    static final String CALLS = "calls";
    static final String MEETINGS = "meetings";
    static final String ROLE_PLAYS = "rolePlays";

    public String url(int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (from != null) {
            url.queryParam("from", from);
        }
        add(url, CALLS, list.equals(CALLS) ? page : pages.calls());
        add(url, MEETINGS, list.equals(MEETINGS) ? page : pages.meetings());
        add(url, ROLE_PLAYS, list.equals(ROLE_PLAYS) ? page : pages.rolePlays());
        return url.fragment(list).build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, int page) {
        if (page > 0) {
            url.queryParam(name, page);
        }
    }
}
