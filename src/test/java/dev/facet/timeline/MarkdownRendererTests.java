package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Notes are shown to everyone: whatever a user types, no script, handler or javascript: link comes out. */
class MarkdownRendererTests {

    @Test
    void rendersEverydayMarkdown() {
        String html = MarkdownRenderer.toSafeHtml("""
                ## Kick-off

                Met **Dana** and *Lee*:
                - agreed on the rollout
                - next call in `two weeks`

                See [the plan](https://example.com/plan).""");
        assertThat(html)
                .contains("<h2>Kick-off</h2>")
                .contains("<strong>Dana</strong>")
                .contains("<em>Lee</em>")
                .contains("<li>agreed on the rollout</li>")
                .contains("<code>two weeks</code>")
                .contains("<a href=\"https://example.com/plan\" rel=\"nofollow noopener\">the plan</a>");
    }

    @Test
    void keepsLineBreaksAsTyped() {
        assertThat(MarkdownRenderer.toSafeHtml("first line\nsecond line")).contains("first line<br>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "before <script src=\"https://evil.example/x.js\"></script> after",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](vbscript:msgbox(1))",
                "![x](https://evil.example/pixel.png)",
                "![x](javascript:alert(1))",
                "<div onclick=\"alert(1)\">hi</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)></svg>",
                "<style>body{display:none}</style>",
                "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
                "[x](https://ok.example \"title\" onmouseover=alert(1))",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "**bold <script>alert(1)</script>**",
                "<scr<script>ipt>alert(1)</script>",
                "[x](https://ok.example\"onmouseover=\"alert(1))",
            })
    void nothingExecutableSurvives(String hostile) {
        Document rendered = Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml(hostile));
        for (Element element : rendered.body().getAllElements()) {
            assertThat(element.tagName())
                    .as("element in %s", hostile)
                    .isNotIn("script", "img", "iframe", "svg", "style", "form", "input", "object", "embed");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute in %s", hostile).isIn("href", "rel");
                assertThat(attribute.getValue().strip().toLowerCase())
                        .as("attribute value in %s", hostile)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("data:")
                        .doesNotStartWith("vbscript:");
            }
        }
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        String html = MarkdownRenderer.toSafeHtml("<b>not bold</b> and <script>alert(1)</script>");
        assertThat(html)
                .contains("&lt;b&gt;not bold&lt;/b&gt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script")
                .doesNotContain("<b>");
    }

    @Test
    void everyLinkGetsNofollowNoopener() {
        Document rendered = Jsoup.parseBodyFragment(
                MarkdownRenderer.toSafeHtml("[a](https://a.example) <https://b.example> [m](mailto:x@y.example)"));
        assertThat(rendered.select("a"))
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("nofollow noopener"));
    }
}
