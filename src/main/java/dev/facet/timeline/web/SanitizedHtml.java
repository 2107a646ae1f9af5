package dev.facet.timeline.web;

/**
 * HTML that came out of {@link MarkdownRenderer}: the only kind of value a template may print with
 * {@code th:utext}. The constructor is private, so nothing else can wrap a string as "safe".
 */
public final class SanitizedHtml {

    private final String html;

    private SanitizedHtml(String html) {
        this.html = html;
    }

    static SanitizedHtml fromMarkdown(String markdown) {
        return new SanitizedHtml(MarkdownRenderer.toSafeHtml(markdown));
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }
}
