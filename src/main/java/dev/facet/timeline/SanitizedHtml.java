package dev.facet.timeline;

/**
 * HTML that came out of {@link MarkdownRenderer}: the only kind of value a template may print with
 * {@code th:utext}. The constructor is private and the only factory sanitizes, so nothing can wrap a
 * string as "safe" without going through the sanitizer. Public because other modules show Markdown
 * too (the email module's template preview and the HTML part of its emails).
 */
public final class SanitizedHtml {

    private final String html;

    private SanitizedHtml(String html) {
        this.html = html;
    }

    /** Markdown written by a user or an admin, rendered and cleaned; raw HTML in it comes out as text. */
    public static SanitizedHtml fromMarkdown(String markdown) {
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
