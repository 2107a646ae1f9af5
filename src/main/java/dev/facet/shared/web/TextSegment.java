package dev.facet.shared.web;

import org.jspecify.annotations.Nullable;

/** A piece of stored text: plain, or a web link whose text is its address. Rendered with th:text/th:href only. */
public record TextSegment(String text, @Nullable String href) {

    public boolean isLink() {
        return href != null;
    }
}
