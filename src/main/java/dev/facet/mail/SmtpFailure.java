package dev.facet.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Reads why a delivery failed. Permanent: the server refused an address or the mail with a 5xx reply,
 * or the mail cannot be built; trying again would get the same answer. Everything else (server down,
 * timeouts, 4xx replies, failed authentication, which an admin can fix) is worth another attempt.
 */
final class SmtpFailure {

    /** SMTP replies begin with their three-digit code; the client's exceptions carry the reply as text. */
    private static final Pattern PERMANENT_REPLY = Pattern.compile("^5\\d\\d[ -].*", Pattern.DOTALL);

    private SmtpFailure() {}

    static boolean isPermanent(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof MailParseException || t instanceof MailPreparationException) {
                return true;
            }
            if (t instanceof SendFailedException sent) {
                Address[] invalid = sent.getInvalidAddresses();
                if (invalid != null && invalid.length > 0) {
                    return true;
                }
            }
            if (t instanceof MessagingException
                    && t.getMessage() != null
                    && PERMANENT_REPLY.matcher(t.getMessage().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The messages of the failure and its causes, for the attempt log. */
    static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t : chain(failure)) {
            String message = t.getMessage();
            messages.add(message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip());
        }
        return String.join("; ", messages);
    }

    /** The failure, its causes, the exceptions Spring collected per message and JavaMail's chained ones. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                pending.add(m.getNextException());
            }
            if (t instanceof MailSendException send) {
                pending.addAll(List.of(send.getMessageExceptions()));
            }
        }
        return all;
    }
}
