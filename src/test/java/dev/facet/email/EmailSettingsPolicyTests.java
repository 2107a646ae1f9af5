package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailSettingsPolicyTests {

    private static final String FROM = "Customer Enablement <enablement@example.com>";

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            spacingDays, accepted
            0,           false
            1,           true
            7,           true
            60,          true
            61,          false
            -7,          false
            """)
    void spacingIsOneToSixtyDays(int spacingDays, boolean accepted) {
        var settings = new EmailProgramSettings(spacingDays, FROM, 3);
        if (accepted) {
            assertThat(EmailSettingsPolicy.checked(settings)).isEqualTo(settings);
        } else {
            assertThatThrownBy(() -> EmailSettingsPolicy.checked(settings))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("spacingDays"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Customer Enablement <enablement@example.com>",
                "enablement@example.com",
                "<enablement@example.com>",
                "\"Enablement, Customer\" <enablement@example.com>",
                "Équipe Enablement <enablement@example.com>",
                "  enablement@example.com  "
            })
    void acceptsOneAddressWithOrWithoutADisplayName(String address) {
        assertThat(EmailSettingsPolicy.checkedFromAddress(address)).isEqualTo(address.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "enablement",
                "enablement@",
                "enablement@example",
                "Customer Enablement enablement@example.com",
                "a@example.com, b@example.com",
                "Team: a@example.com, b@example.com;",
                "Customer Enablement <enablement@example.com> and more",
                "enablement@example.com\r\nBcc: everyone@example.com",
                "Customer Enablement\n<enablement@example.com>",
                "enablement@exa mple.com",
                "enablement@@example.com"
            })
    void refusesAnythingButOneStrictAddressOnOneLine(String address) {
        assertThatThrownBy(() -> EmailSettingsPolicy.checkedFromAddress(address))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fromAddress");
                    assertThat(e.messageCode()).isEqualTo("email.settings.fromAddress.invalid");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {320, 321})
    void anAddressFitsItsColumn(int length) {
        String mailbox = " <enablement@example.com>";
        String address = "N".repeat(length - mailbox.length()) + mailbox;
        if (length <= EmailSettingsPolicy.MAX_FROM_ADDRESS) {
            assertThat(EmailSettingsPolicy.checkedFromAddress(address)).hasSize(length);
        } else {
            assertThatThrownBy(() -> EmailSettingsPolicy.checkedFromAddress(address))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
