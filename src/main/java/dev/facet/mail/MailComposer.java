package dev.facet.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Turns an outbox row into a MIME message: text only, or multipart/alternative with the text part
 * first and the HTML part last (mail readers show the last part they understand). The outbox id goes
 * into a header, so a delivered mail can be traced back to its row.
 */
final class MailComposer {

    static final String OUTBOX_ID_HEADER = "X-Facet-Outbox-Id";

    private MailComposer() {}

    static MimeMessage compose(MimeMessage message, OutboxMail mail, Instant now) throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        message.setFrom(OutgoingMail.checkAddress("from", mail.from()));
        message.setRecipients(Message.RecipientType.TO, addresses("to", mail.to()));
        if (!mail.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, addresses("cc", mail.cc()));
        }
        String replyTo = mail.replyTo();
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {OutgoingMail.checkAddress("replyTo", replyTo)});
        }
        message.setSubject(mail.subject(), charset);
        message.setSentDate(Date.from(now));
        message.setHeader(OUTBOX_ID_HEADER, mail.id().toString());
        String html = mail.htmlBody();
        if (html == null) {
            message.setText(mail.textBody(), charset);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.textBody(), charset, "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, charset, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
        }
        return message;
    }

    private static InternetAddress[] addresses(String field, List<String> values) {
        return values.stream().map(v -> OutgoingMail.checkAddress(field, v)).toArray(InternetAddress[]::new);
    }
}
