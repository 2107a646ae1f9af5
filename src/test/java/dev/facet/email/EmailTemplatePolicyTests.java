package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailTemplatePolicyTests {

    private static final String BODY = "Hi {{contact.firstName}},\n\nRegards, {{tam.name}}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            subject                                  | field   | code
            'Welcome\\r\\nBcc: everyone@example.com' | subject | email.template.subject.lineBreak
            'Welcome\\nto GitLab'                     | subject | email.template.subject.lineBreak
            'Welcome\\rto GitLab'                     | subject | email.template.subject.lineBreak
            'Tab\\tinside'                            | subject | email.template.subject.lineBreak
            'Nul\\u0000inside'                        | subject | email.template.subject.lineBreak
            '   '                                    | subject | email.template.subject.required
            'Hello {{contact.lastName}}'             | subject | email.template.tokens
            """)
    void refusesASubjectThatIsNotOneCleanLine(String escaped, String field, String code) {
        String subject = unescape(escaped);
        assertThatThrownBy(() -> EmailTemplatePolicy.check(subject, BODY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageCode()).isEqualTo(code);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            subjectLength | bodyLength | field   | code
            300           | 20000      |         |
            301           | 20000      | subject | email.template.subject.tooLong
            300           | 20001      | body    | email.template.body.tooLong
            """)
    void limitsTheLengths(int subjectLength, int bodyLength, String field, String code) {
        String subject = "s".repeat(subjectLength);
        String body = "b".repeat(bodyLength);
        if (field == null) {
            assertThatCode(() -> EmailTemplatePolicy.check(subject, body)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> EmailTemplatePolicy.check(subject, body))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(field);
                        assertThat(e.messageCode()).isEqualTo(code);
                    });
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            body                                  | code
            ' \\n '                                | email.template.body.required
            'Hi {{#contact}}x{{/contact}}'        | email.template.tokens
            'Hi {{{contact.firstName}}}'          | email.template.tokens
            """)
    void refusesAnEmptyBodyOrOneWithLogic(String escaped, String code) {
        assertThatThrownBy(() -> EmailTemplatePolicy.check("Subject", unescape(escaped)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.messageCode()).isEqualTo(code);
                });
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r")
                .replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\\u0000", "\u0000");
    }
}
