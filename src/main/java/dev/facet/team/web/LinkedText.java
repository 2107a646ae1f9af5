package dev.facet.team.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits admin-written details into plain and link parts, so pages show the handbook's links without
 * rendering stored text as HTML. Only http(s) addresses become links, never "javascript:".
 */
final class LinkedText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address. */
    private static final String TRAILING = ".,;:!?)]}";

    private LinkedText() {}

    static List<TextPart> parts(String text) {
        List<TextPart> parts = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        int plainFrom = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(matcher.start(), end);
            if (url.matches("(?i)https?://")) {
                continue;
            }
            if (matcher.start() > plainFrom) {
                parts.add(new TextPart(text.substring(plainFrom, matcher.start()), null));
            }
            parts.add(new TextPart(url, url));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            parts.add(new TextPart(text.substring(plainFrom), null));
        }
        return parts;
    }
}
