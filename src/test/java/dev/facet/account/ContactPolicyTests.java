package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which contacts the editor and the CRM may store: names on one line, one bare mail address each. */
class ContactPolicyTests {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(useHeadersInDisplayName = true, delimiter = '|', nullValues = "-", textBlock = """
            email                              | expected code
            ann@example.com                    | -
            ' ann@example.com '                | -
            ann.oneil+onboarding@sub.example   | -
            a@localhost                        | -
            ''                                 | account.contact.email.required
            '   '                              | account.contact.email.required
            nope                               | account.contact.email.invalid
            ann@                               | account.contact.email.invalid
            a@b@example.com                    | account.contact.email.invalid
            ann @example.com                   | account.contact.email.invalid
            a@b..example                       | account.contact.email.invalid
            Ann Admin <ann@example.com>        | account.contact.email.invalid
            ann@example.com (Ann)              | account.contact.email.invalid
            'ann@example.com, bob@example.com' | account.contact.email.invalid
            'staff: ann@example.com;'          | account.contact.email.invalid
            """)
    void checksTheEmail(String email, String expectedCode) {
        var contact = new ContactDetails("Ann", email, Set.of());
        if (expectedCode == null) {
            assertThatCode(() -> ContactPolicy.check(contact, "")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ContactPolicy.check(contact, ""))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(e.messageCode()).isEqualTo(expectedCode);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CR LF and a header after the address | ann@example.com\\r\\nBcc: eve@example.com | email | account.contact.email.lineBreak
            a trailing CR LF, which trim hides   | ann@example.com\\r\\n                    | email | account.contact.email.lineBreak
            a lone LF                            | ann@example.com\\n                       | email | account.contact.email.lineBreak
            a line break in the name             | ann@example.com                          | name  | account.contact.name.lineBreak
            """)
    void refusesLineBreaksThatWouldEndAMailHeader(String label, String email, String field, String code) {
        String name = field.equals("name") ? "Ann\r\nBcc: eve@example.com" : "Ann";
        var contact = new ContactDetails(name, unescape(email), Set.of());
        assertThatThrownBy(() -> ContactPolicy.check(contact, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageCode()).isEqualTo(code);
                });
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThatThrownBy(() -> ContactPolicy.check(new ContactDetails(" ", "a@example.com", Set.of()), ""))
                .hasFieldOrPropertyWithValue("messageCode", "account.contact.name.required");
        assertThatThrownBy(
                        () -> ContactPolicy.check(new ContactDetails("x".repeat(201), "a@example.com", Set.of()), ""))
                .hasFieldOrPropertyWithValue("messageCode", "account.contact.name.tooLong");
        assertThatCode(() -> ContactPolicy.check(new ContactDetails("x".repeat(200), "a@example.com", Set.of()), ""))
                .doesNotThrowAnyException();
    }

    @Test
    void aListNamesTheContactAtFaultAndRefusesAnEmailTwiceIgnoringCase() {
        var ann = new ContactDetails("Ann", "ann@example.com", Set.of(ContactRole.ADMIN));
        var bob = new ContactDetails("Bob", "bob@example.com", Set.of());
        var annAgain = new ContactDetails("Ann B.", " ANN@Example.com", Set.of(ContactRole.BILLING));

        assertThatCode(() -> ContactPolicy.checkAll(List.of(ann, bob), "contacts"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ContactPolicy.checkAll(List.of(ann, bob, annAgain), "contacts"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contacts[2].email");
                    assertThat(e.messageCode()).isEqualTo("account.contact.email.duplicate");
                });
        assertThatThrownBy(() -> ContactPolicy.checkAll(
                        List.of(ann, new ContactDetails("Eve", "eve@example.com\r\n", Set.of())), "contacts"))
                .hasFieldOrPropertyWithValue("field", "contacts[1].email");
    }

    private static String unescape(String value) {
        return value.replace("\\r", "\r").replace("\\n", "\n");
    }
}
