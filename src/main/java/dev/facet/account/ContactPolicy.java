package dev.facet.account;

import dev.facet.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a customer contact must be, wherever it comes from (the contact editor or the CRM): a name on
 * one line, and an email that enablement mails can be addressed to. The email becomes a mail header,
 * so it must be exactly one bare address ({@code ann@example.com}, no display name, comment or group)
 * that jakarta.mail parses strictly, with no CR or LF that could smuggle in extra headers. Two contacts
 * of one account never share an email (compared ignoring case), so each person gets each mail once.
 * Roles may be empty: a contact can be worth keeping before anyone knows their part.
 */
final class ContactPolicy {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;

    private ContactPolicy() {}

    /** Checks one contact; {@code fieldPrefix} is put before the field names ("" or "contacts[2]."). */
    static void check(ContactDetails contact, String fieldPrefix) {
        checkName(contact.name(), fieldPrefix + "name");
        checkEmail(contact.email(), fieldPrefix + "email");
    }

    /** Checks every contact of a list that replaces an account's contacts, and that no email repeats. */
    static void checkAll(List<ContactDetails> contacts, String listField) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            String prefix = listField + "[" + i + "].";
            ContactDetails contact = contacts.get(i);
            check(contact, prefix);
            if (seen.putIfAbsent(emailKey(contact.email()), i) != null) {
                throw duplicate(prefix + "email");
            }
        }
    }

    /** The email as two contacts are compared: trimmed and ignoring case. */
    static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static InvalidInputException duplicate(String field) {
        return new InvalidInputException(
                field, "account.contact.email.duplicate", "Another contact of this account has this email");
    }

    private static void checkName(String name, String field) {
        if (name.isBlank()) {
            throw new InvalidInputException(field, "account.contact.name.required", "A contact needs a name");
        }
        if (hasLineBreak(name)) {
            throw new InvalidInputException(
                    field, "account.contact.name.lineBreak", "A contact's name is one line, without line breaks");
        }
        if (name.trim().length() > MAX_NAME) {
            throw new InvalidInputException(
                    field, "account.contact.name.tooLong", "A contact's name has at most " + MAX_NAME + " characters");
        }
    }

    private static void checkEmail(String email, String field) {
        if (email.isBlank()) {
            throw new InvalidInputException(field, "account.contact.email.required", "A contact needs an email");
        }
        // Checked before trimming: trim() would quietly drop a trailing CR LF that someone meant to inject.
        if (hasLineBreak(email)) {
            throw new InvalidInputException(
                    field, "account.contact.email.lineBreak", "A contact's email may not hold a line break");
        }
        String address = email.trim();
        if (address.length() > MAX_EMAIL) {
            throw new InvalidInputException(
                    field,
                    "account.contact.email.tooLong",
                    "A contact's email has at most " + MAX_EMAIL + " characters");
        }
        if (!isSingleBareAddress(address)) {
            throw new InvalidInputException(
                    field, "account.contact.email.invalid", "Not a single valid email address: " + field);
        }
    }

    private static boolean isSingleBareAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // A display name, a comment or a group parses too, but is not one mailbox of our own making.
            return !parsed.isGroup()
                    && parsed.getPersonal() == null
                    && address.equals(parsed.getAddress())
                    && address.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
