package dev.facet.email;

import java.util.List;
import java.util.Map;

/**
 * The values an enablement email's tokens stand for. One email goes to every {@code ADMIN} contact of
 * the account, so {@code {{contact.firstName}}} greets them all: "Ana", "Ana and Ben", "Ana, Ben and
 * Chloé".
 *
 * @param contactFirstNames the first names of the recipients, in the order they are addressed
 */
public record EmailTokens(String accountName, String tamName, String tamEmail, List<String> contactFirstNames) {

    /** Every token a template may use; anything else is rejected when the template is saved. */
    public static final List<String> NAMES =
            List.of("account.name", "tam.name", "tam.firstName", "tam.email", "contact.firstName");

    public EmailTokens {
        contactFirstNames = List.copyOf(contactFirstNames);
    }

    /** The first word of a person's name, which is how these emails greet and sign. */
    public static String firstNameOf(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The nested maps Mustache resolves {@code {{tam.name}}} against. */
    Map<String, Object> context() {
        return Map.of(
                "account", Map.of("name", accountName),
                "tam", Map.of("name", tamName, "firstName", firstNameOf(tamName), "email", tamEmail),
                "contact", Map.of("firstName", greeting(contactFirstNames)));
    }

    private static String greeting(List<String> names) {
        if (names.isEmpty()) {
            return "there";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
