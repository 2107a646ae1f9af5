package dev.facet.team.web;

import org.jspecify.annotations.Nullable;

/** A piece of stored text: plain, or a web address shown as a link. */
public record TextPart(String text, @Nullable String href) {

    public boolean link() {
        return href != null;
    }
}
