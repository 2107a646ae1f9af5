package dev.facet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTests {

    @Test
    void aPlainMailWithNamesAndCopiesIsAccepted() {
        OutgoingMail mail = OutgoingMail.of("TEST", List.of("Ana Lima <ana@example.com>"), "Hello", "Text")
                .withCc(List.of("bo@example.com"))
                .withReplyTo("team@example.com")
                .withFrom("Facet <facet@example.com>")
                .withHtml("<p>Text</p>");
        assertThat(mail.to()).containsExactly("Ana Lima <ana@example.com>");
        assertThat(mail.cc()).containsExactly("bo@example.com");
        assertThat(mail.html()).isEqualTo("<p>Text</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello\r\nBcc: victim@example.com", "Hello\nX-Injected: yes", "Hello\rthere"})
    void aLineBreakInTheSubjectIsRefused(String subject) {
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of("ana@example.com"), subject, "Text"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("subject");
                    assertThat(e.messageCode()).isEqualTo("mail.header.lineBreak");
                });
    }

    @Test
    void aLineBreakInAnAddressIsRefused() {
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of("ana@example.com\r\nBcc: x@example.com"), "Hi", "T"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("mail.header.lineBreak"));
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of("ana@example.com"), "Hi", "T")
                        .withReplyTo("a@example.com\nCc: b@example.com"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("replyTo"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"not an address", "ana", "ana@", "@example.com", "a@b@example.com", "team: a@x.com, b@x.com;", ""
            })
    void anInvalidAddressIsRefused(String address) {
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of(address), "Hi", "T"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.messageCode()).isEqualTo("mail.address.invalid");
                });
    }

    @Test
    void aMailNeedsARecipientAndASubject() {
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of(), "Hi", "T"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("mail.to.required"));
        assertThatThrownBy(() -> OutgoingMail.of("TEST", List.of("ana@example.com"), " ", "T"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("mail.subject.required"));
    }
}
