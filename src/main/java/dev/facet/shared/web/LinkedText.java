package dev.facet.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits admin-written text (playbook task descriptions, team plan details) into plain and link segments, so a page can show links without ever
 * rendering stored text as HTML. Only http(s) addresses become links, so no "javascript:" ones.
 */
public final class LinkedText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address. */
    private static final String TRAILING = ".,;:!?)]}";

    private LinkedText() {}

    public static List<TextSegment> split(String text) {
        List<TextSegment> segments = new ArrayList<>();
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
                segments.add(new TextSegment(text.substring(plainFrom, matcher.start()), null));
            }
            segments.add(new TextSegment(url, url));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            segments.add(new TextSegment(text.substring(plainFrom), null));
        }
        return segments;
    }
}
