package dev.facet.email;

import dev.facet.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Which program settings an admin may save. The from-address goes into every enablement email's
 * {@code From} header, so it must be exactly one strictly valid RFC 822 address (a display name is
 * fine): no list, no group, nothing after the address, no line break that could smuggle in headers.
 */
final class EmailSettingsPolicy {

    /** The {@code email_settings.from_address} column's width, also the longest address RFC 5321 allows. */
    static final int MAX_FROM_ADDRESS = 320;

    private EmailSettingsPolicy() {}

    /** The settings as they are saved (the address trimmed), or an {@link InvalidInputException}. */
    static EmailProgramSettings checked(EmailProgramSettings changes) {
        if (changes.spacingDays() < EmailProgramSettings.MIN_SPACING_DAYS
                || changes.spacingDays() > EmailProgramSettings.MAX_SPACING_DAYS) {
            throw new InvalidInputException(
                    "spacingDays",
                    "email.settings.spacingDays.range",
                    "Spacing must be " + EmailProgramSettings.MIN_SPACING_DAYS + " to "
                            + EmailProgramSettings.MAX_SPACING_DAYS + " days");
        }
        return new EmailProgramSettings(
                changes.spacingDays(), checkedFromAddress(changes.fromAddress()), changes.version());
    }

    static String checkedFromAddress(String value) {
        String address = value.strip();
        if (address.isEmpty()) {
            throw invalid("A from-address is required");
        }
        if (address.length() > MAX_FROM_ADDRESS) {
            throw invalid("The from-address is longer than " + MAX_FROM_ADDRESS);
        }
        if (address.chars().anyMatch(Character::isISOControl)) {
            throw invalid("The from-address may not contain line breaks");
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            throw invalid("Not an email address: " + e.getMessage());
        }
        // The parser forgives text after "<...>" and accepts groups ("Team: a@x.example;"); neither is
        // one sender. A domain without a dot ("ops@example") is nearly always a typo in a real sender.
        String domain = parsed.getAddress().substring(parsed.getAddress().lastIndexOf('@') + 1);
        if (parsed.isGroup() || (address.contains("<") && !address.endsWith(">")) || !domain.contains(".")) {
            throw invalid("Not a single email address");
        }
        return address;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("fromAddress", "email.settings.fromAddress.invalid", message);
    }
}
