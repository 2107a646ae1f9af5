package dev.facet.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links to the pages of a list that has no other state in its URL. */
public record PageLinks(String path) {

    public static PageLinks of(String path) {
        return new PageLinks(path);
    }

    public String url(int page) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("page", page)
                .build()
                .toUriString();
    }
}
