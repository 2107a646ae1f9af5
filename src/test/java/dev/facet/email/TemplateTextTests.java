package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTextTests {

    private static final EmailTokens TOKENS =
            new EmailTokens("Acme Corp", "Dana Scully", "dana@facet.example", List.of("Ana", "Ben", "Chloé"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            template                                  | rendered
            Hi {{contact.firstName}},                 | Hi Ana, Ben and Chloé,
            {{ tam.name }} ({{tam.email}})            | Dana Scully (dana@facet.example)
            Regards, {{tam.firstName}}                | Regards, Dana
            Welcome, {{account.name}}!                | Welcome, Acme Corp!
            No tokens at all                          | No tokens at all
            """)
    void replacesTheKnownTokens(String template, String rendered) {
        assertThat(TemplateText.render(template, TOKENS)).isEqualTo(rendered);
    }

    @Test
    void leavesHtmlAloneBecauseTheResultIsPlainText() {
        EmailTokens tokens = new EmailTokens("<b>Acme</b> & Co", "Dana", "d@facet.example", List.of("Ana"));

        assertThat(TemplateText.render("{{account.name}}", tokens)).isEqualTo("<b>Acme</b> & Co");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            template                                   | offending
            Hi {{contact.lastName}}                    | {{contact.lastName}}
            {{#tam}}{{name}}{{/tam}}                    | {{#tam}}
            {{{account.name}}}                         | {{{account.name}}}
            {{> header}}                               | {{> header}}
            {{! a comment }}                           | {{! a comment }}
            {{=<% %>=}}                                | {{=<% %>=}}
            ${T(java.lang.Runtime).getRuntime()} {{x}} | {{x}}
            unclosed {{tam.name                        | {{tam.name
            """)
    void rejectsAnythingButTheKnownTokens(String template, String offending) {
        assertThat(TemplateText.problemsIn(template)).contains(offending);
        assertThatThrownBy(() -> TemplateText.validate("body", template))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(offending);
    }

    @Test
    void greetsOneTwoOrNoContacts() {
        assertThat(TemplateText.render("{{contact.firstName}}", withContacts(List.of("Ana"))))
                .isEqualTo("Ana");
        assertThat(TemplateText.render("{{contact.firstName}}", withContacts(List.of("Ana", "Ben"))))
                .isEqualTo("Ana and Ben");
        assertThat(TemplateText.render("{{contact.firstName}}", withContacts(List.of())))
                .isEqualTo("there");
    }

    @Test
    void aFirstNameIsTheFirstWordOfTheName() {
        assertThat(EmailTokens.firstNameOf("  Mary Ann Smith ")).isEqualTo("Mary");
        assertThat(EmailTokens.firstNameOf("Cher")).isEqualTo("Cher");
    }

    private static EmailTokens withContacts(List<String> names) {
        return new EmailTokens("Acme", "Dana", "d@facet.example", names);
    }
}
