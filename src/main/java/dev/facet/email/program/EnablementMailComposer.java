package dev.facet.email.program;

import dev.facet.account.ContactView;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailTemplateView;
import dev.facet.email.EmailTokens;
import dev.facet.email.TemplateText;
import dev.facet.mail.OutgoingMail;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.timeline.SanitizedHtml;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders an enablement email for its recipients of the moment and builds the outbox mail: from the
 * Customer Enablement address, to every ADMIN contact, the TAM in cc and as reply-to. The text is
 * the rendered template; the HTML part is that text read as Markdown through the timeline's
 * sanitizer, so a token's value (a name from the CRM) can never inject markup.
 */
@Component
class EnablementMailComposer {

    static final String KIND = "ENABLEMENT_EMAIL";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    /** The mail to queue, and the subject and recipients as the CTA page and the timeline show them. */
    record Composed(OutgoingMail mail, String subject, List<String> to) {}

    /** Subject and body with their tokens replaced, for the editor's preview. */
    record Rendered(String subject, String body) {}

    private final EmailTemplateManagement templates;

    EnablementMailComposer(EmailTemplateManagement templates) {
        this.templates = templates;
    }

    Composed compose(EnablementEmail email, EnablementRecipients recipients, String from) {
        EmailTemplateView template = templates.template(email.variant(), email.number());
        Rendered rendered =
                render(email.subjectFrom(template.subject()), email.bodyFrom(template.body()), recipients.tokens());
        List<String> to = recipients.admins().stream()
                .map(c -> address("to", c.name(), c.email()))
                .toList();
        UserView tam = recipients.signer();
        String tamAddress = address("cc", tam.displayName(), tam.email());
        OutgoingMail mail = OutgoingMail.of(KIND, to, rendered.subject(), rendered.body())
                .withFrom(from)
                .withCc(List.of(tamAddress))
                .withReplyTo(tamAddress)
                .withHtml(htmlOf(rendered.body()));
        return new Composed(
                mail,
                rendered.subject(),
                recipients.admins().stream()
                        .map(EnablementMailComposer::display)
                        .toList());
    }

    /**
     * A token's value (an account name from the CRM) could hold a line break; in a subject that would
     * be refused as header injection, so it becomes a space instead.
     */
    static Rendered render(String subject, String body, EmailTokens tokens) {
        String renderedSubject = LINE_BREAKS
                .matcher(TemplateText.render(subject, tokens))
                .replaceAll(" ")
                .strip();
        return new Rendered(renderedSubject, TemplateText.render(body, tokens));
    }

    private static String htmlOf(String markdown) {
        return "<!DOCTYPE html><html><body>"
                + SanitizedHtml.fromMarkdown(markdown).html() + "</body></html>";
    }

    static String display(ContactView contact) {
        return contact.name() + " <" + contact.email() + ">";
    }

    /** A named address, parsed strictly, so a contact entered with a broken address is named in the error. */
    private static String address(String field, String name, String email) {
        try {
            InternetAddress parsed = new InternetAddress(email.strip(), true);
            parsed.validate();
            if (parsed.isGroup() || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a single address with a domain");
            }
            return new InternetAddress(parsed.getAddress(), name.strip(), StandardCharsets.UTF_8.name()).toString();
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new InvalidInputException(
                    field, "enablement.address.invalid", "The address of " + name + " is not usable: " + email);
        }
    }
}
