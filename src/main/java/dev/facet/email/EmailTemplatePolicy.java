package dev.facet.email;

import dev.facet.shared.InvalidInputException;

/**
 * What an admin may save as a template's subject and body. The subject becomes a mail header, so a
 * line break (or any other control character) in it could add headers of its own: it is refused
 * outright rather than cleaned. Tokens are checked by {@link TemplateText}.
 */
final class EmailTemplatePolicy {

    /** The {@code email_template.subject} column's width. */
    static final int MAX_SUBJECT = 300;
    /** About four pages of text: far more than an email anyone reads, small enough to preview as you type. */
    static final int MAX_BODY = 20_000;

    private EmailTemplatePolicy() {}

    /** Throws an {@link InvalidInputException} naming the field of the first problem found. */
    static void check(String subject, String body) {
        if (subject.isBlank()) {
            throw new InvalidInputException("subject", "email.template.subject.required", "A subject is required");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidInputException(
                    "subject", "email.template.subject.tooLong", "The subject is longer than " + MAX_SUBJECT);
        }
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "subject", "email.template.subject.lineBreak", "The subject may not contain line breaks");
        }
        if (body.isBlank()) {
            throw new InvalidInputException("body", "email.template.body.required", "A body is required");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException(
                    "body", "email.template.body.tooLong", "The body is longer than " + MAX_BODY);
        }
        TemplateText.validate("subject", subject);
        TemplateText.validate("body", body);
    }
}
