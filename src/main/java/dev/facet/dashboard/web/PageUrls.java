package dev.facet.dashboard.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links of one list on a page that holds several: the page's URL with this list's page
 * parameter replaced, and an anchor that brings the reader back to the list.
 */
public record PageUrls(UriComponentsBuilder base, String param, String anchor) {

    public String url(int page) {
        UriComponentsBuilder uri = base.cloneBuilder().replaceQueryParam(param);
        if (page > 0) {
            uri.queryParam(param, page);
        }
        return uri.fragment(anchor).build().encode().toUriString();
    }
}
