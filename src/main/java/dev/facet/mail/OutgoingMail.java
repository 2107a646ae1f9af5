package dev.facet.mail;

import dev.facet.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail to send, checked when it is made: every address parses strictly as one RFC 822 address with
 * a domain, and no header value holds a line break (a CR or LF in a subject or address could smuggle
 * extra headers or recipients into the message). A mail without {@code from} is sent from
 * {@code facet.mail.from}.
 *
 * @param kind what the mail is, for the admin's outbox list (e.g. {@code WEEKLY_REPORT})
 * @param html the HTML version, sent beside the text as multipart/alternative; null for text only
 */
public record OutgoingMail(
        String kind,
        @Nullable String from,
        List<String> to,
        List<String> cc,
        @Nullable String replyTo,
        String subject,
        String text,
        @Nullable String html) {

    static final int MAX_SUBJECT = 998;
    static final int MAX_KIND = 60;

    public OutgoingMail {
        checkHeader("kind", kind, MAX_KIND);
        if (kind.isBlank()) {
            throw new InvalidInputException("kind", "mail.kind.required", "A mail needs a kind");
        }
        if (from != null) {
            checkAddress("from", from);
        }
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        if (to.isEmpty()) {
            throw new InvalidInputException("to", "mail.to.required", "A mail needs at least one recipient");
        }
        to.forEach(address -> checkAddress("to", address));
        cc.forEach(address -> checkAddress("cc", address));
        if (replyTo != null) {
            checkAddress("replyTo", replyTo);
        }
        checkHeader("subject", subject, MAX_SUBJECT);
        if (subject.isBlank()) {
            throw new InvalidInputException("subject", "mail.subject.required", "A mail needs a subject");
        }
    }

    /** A text mail from the default sender, without copies; add the rest with the {@code with…} methods. */
    public static OutgoingMail of(String kind, List<String> to, String subject, String text) {
        return new OutgoingMail(kind, null, to, List.of(), null, subject, text, null);
    }

    public OutgoingMail withFrom(String from) {
        return new OutgoingMail(kind, from, to, cc, replyTo, subject, text, html);
    }

    public OutgoingMail withCc(List<String> cc) {
        return new OutgoingMail(kind, from, to, cc, replyTo, subject, text, html);
    }

    public OutgoingMail withReplyTo(String replyTo) {
        return new OutgoingMail(kind, from, to, cc, replyTo, subject, text, html);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(kind, from, to, cc, replyTo, subject, text, html);
    }

    /** One address, such as {@code ana@example.com} or {@code Ana Lima <ana@example.com>}, strictly parsed. */
    static InternetAddress checkAddress(String field, String address) {
        checkHeader(field, address, 320);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.isGroup() || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a single address with a domain");
            }
            return parsed;
        } catch (AddressException e) {
            throw new InvalidInputException(field, "mail.address.invalid", "Not a valid mail address in " + field);
        }
    }

    private static void checkHeader(String field, String value, int maxLength) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new InvalidInputException(field, "mail.header.lineBreak", "A line break in the mail's " + field);
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, "mail.header.tooLong", "The mail's " + field + " is too long");
        }
    }
}
