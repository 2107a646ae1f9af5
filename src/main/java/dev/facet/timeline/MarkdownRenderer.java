package dev.facet.timeline;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Notes are Markdown written by users and shown to everyone, so the HTML goes through two gates:
 * commonmark escapes any raw HTML in the text and blanks unsafe link targets, then jsoup keeps only
 * a short list of formatting tags, links to http(s) and mailto, and no attribute beyond a link's
 * {@code href}. Links open nothing with the page's privileges ({@code rel="nofollow noopener"}) and
 * images are dropped (a remote image would tell its host who reads the account).
 */
final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>\n")
            .build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "s")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownRenderer() {}

    /** Safe HTML for {@code th:utext}. */
    static String toSafeHtml(String markdown) {
        String html = HTML.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }
}
