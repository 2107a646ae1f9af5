package dev.facet.security;

import dev.facet.shared.InvalidInputException;

/** Long enough to resist guessing, and not the username (NIST SP 800-63B: length over complexity). */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInputException(
                    "password", "user.password.tooShort", "A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidInputException(
                    "password", "user.password.isUsername", "The password may not be the username");
        }
    }
}
