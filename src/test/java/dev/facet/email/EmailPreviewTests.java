package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class EmailPreviewTests {

    private static final EmailTokens SAMPLE =
            new EmailTokens("Acme Corporation", "Dana Scully", "dana@facet.example", List.of("Jordan", "Priya"));

    @Test
    void rendersTheTokensAsTextAndAsSanitizedHtml() {
        EmailPreview preview = EmailPreview.of(
                "Welcome, {{account.name}}", "Hi {{contact.firstName}},\n\n**{{tam.firstName}}** here.", SAMPLE);

        assertThat(preview.hasProblems()).isFalse();
        assertThat(preview.subject()).isEqualTo("Welcome, Acme Corporation");
        assertThat(preview.bodyText()).isEqualTo("Hi Jordan and Priya,\n\n**Dana** here.");
        assertThat(preview.bodyHtml().html()).contains("<p>Hi Jordan and Priya,</p>", "<strong>Dana</strong>");
    }

    @Test
    void listsTheOffendingTagsInsteadOfRendering() {
        EmailPreview preview =
                EmailPreview.of("Hi {{contact.lastName}}", "{{#tam}}{{name}}{{/tam}} and {{{account.name}}}", SAMPLE);

        assertThat(preview.hasProblems()).isTrue();
        assertThat(preview.subject()).isEmpty();
        assertThat(preview.subjectProblems()).containsExactly("{{contact.lastName}}");
        assertThat(preview.bodyText()).isEmpty();
        assertThat(preview.bodyHtml().html()).isEmpty();
        assertThat(preview.bodyProblems()).contains("{{#tam}}", "{{{account.name}}}");
    }

    @Test
    void thymeleafAndSpelSyntaxIsPlainText() {
        String body = """
                ${T(java.lang.Runtime).getRuntime().exec('x')}

                [[${'ev'+'aluated'}]] [(${'ev'+'aluated'})] #{app.name} *{name} @{/admin} __${'ev'+'aluated'}__

                <p th:text="${'ev'+'aluated'}">kept</p>
                """;

        EmailPreview preview = EmailPreview.of("[[${'ev'+'aluated'}]] for {{account.name}}", body, SAMPLE);

        assertThat(preview.hasProblems()).isFalse();
        assertThat(preview.subject()).isEqualTo("[[${'ev'+'aluated'}]] for Acme Corporation");
        assertThat(preview.bodyText()).isEqualTo(body);
        String htmlText = Jsoup.parseBodyFragment(preview.bodyHtml().html()).text();
        assertThat(htmlText)
                .contains("${T(java.lang.Runtime).getRuntime().exec('x')}")
                .contains("[[${'ev'+'aluated'}]] [(${'ev'+'aluated'})] #{app.name} *{name} @{/admin}")
                .contains("<p th:text=\"${'ev'+'aluated'}\">kept</p>")
                .doesNotContain("evaluated");
        assertThat(Jsoup.parseBodyFragment(preview.bodyHtml().html()).getAllElements())
                .noneMatch(e -> e.hasAttr("th:text"));
    }
}
