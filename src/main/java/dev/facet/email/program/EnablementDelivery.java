package dev.facet.email.program;

import dev.facet.mail.MailFailed;
import dev.facet.mail.MailSent;
import dev.facet.security.UserManagement;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the outbox tells about an enablement email's mail: sent (the email is SENT and the account's
 * timeline gets an EMAIL entry by the TAM who signed it, in one transaction, so a replayed event finds
 * it SENT and writes nothing again) or refused for good (FAILED with the server's answer, which the
 * CTA page shows).
 */
@Component
class EnablementDelivery {

    /** The timeline keeps the recipients as attendees, up to its limit. */
    private static final int MAX_ATTENDEES = 50;

    private final EnablementEmailRepository emails;
    private final TimelineManagement timeline;
    private final UserManagement users;

    EnablementDelivery(EnablementEmailRepository emails, TimelineManagement timeline, UserManagement users) {
        this.emails = emails;
        this.timeline = timeline;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(MailSent event) {
        if (!EnablementMailComposer.KIND.equals(event.kind())) {
            return;
        }
        EnablementEmail email = emails.lockByMail(event.mailId()).orElse(null);
        if (email == null || !email.delivered(event.mailId(), event.sentAt())) {
            return; // a replayed event: the email is SENT already
        }
        UUID tam = Objects.requireNonNull(email.signedBy());
        LocalDate day = users.find(tam)
                .map(user -> LocalDate.ofInstant(event.sentAt(), EnablementRecipients.zoneOf(user)))
                .orElseGet(() -> LocalDate.ofInstant(event.sentAt(), ZoneOffset.UTC));
        timeline.record(new NewTimelineEntry(
                email.accountId(), TimelineEntryType.EMAIL, day, tam, null, notes(email), attendees(email)));
    }

    @ApplicationModuleListener
    void on(MailFailed event) {
        if (!EnablementMailComposer.KIND.equals(event.kind())) {
            return;
        }
        emails.lockByMail(event.mailId()).ifPresent(email -> email.deliveryFailed(event.mailId(), event.error()));
    }

    private static String notes(EnablementEmail email) {
        return "Enablement email " + email.number() + " of " + EnablementSchedulePolicy.EMAILS + " sent: "
                + email.sentSubject() + "\n\nTo: " + String.join(", ", email.sentTo());
    }

    private static List<String> attendees(EnablementEmail email) {
        return email.sentTo().stream().limit(MAX_ATTENDEES).toList();
    }
}
