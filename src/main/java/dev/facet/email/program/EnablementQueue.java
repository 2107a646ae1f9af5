package dev.facet.email.program;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaSummary;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.mail.MailOutbox;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts one enablement email into the outbox, in the caller's transaction: the mail row and the
 * email's move to SENDING commit together or not at all, so an email is never queued twice and a
 * queued one is never forgotten. Everything is looked up at this moment: the account's current TAM
 * signs it, and its current ADMIN contacts receive it.
 */
@Component
class EnablementQueue {

    /** The CTA task that asks for an ADMIN contact (stored with the CTA's tasks, like a playbook's). */
    static final String CONTACT_TASK_TITLE = "Add an ADMIN contact for the enablement emails";

    static final String CONTACT_TASK_DESCRIPTION = """
            The enablement emails of this onboarding are waiting: the account has no contact labelled ADMIN, \
            and the emails go to every ADMIN contact. Add one (or label an existing contact ADMIN); the waiting \
            emails then go out within minutes and this task is marked done.""";

    /** What the sending job did with an email. */
    enum Outcome {
        QUEUED,
        NOT_DUE,
        WAITING_FOR_CONTACT,
        FAILED,
        CANCELLED
    }

    private final CtaManagement ctas;
    private final AccountManagement accounts;
    private final UserManagement users;
    private final EmailTemplateManagement templates;
    private final EnablementMailComposer composer;
    private final MailOutbox outbox;

    EnablementQueue(
            CtaManagement ctas,
            AccountManagement accounts,
            UserManagement users,
            EmailTemplateManagement templates,
            EnablementMailComposer composer,
            MailOutbox outbox) {
        this.ctas = ctas;
        this.accounts = accounts;
        this.users = users;
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
    }

    /**
     * The job's step for one scheduled email: cancelled when its CTA is closed or gone or the account
     * became public sector; left alone until its day has come in its TAM's time zone; waiting, with a
     * task on the CTA, while the account has no ADMIN contact; failed when an address is unusable;
     * else queued.
     */
    Outcome queueIfDue(EnablementEmail email, Instant now) {
        Optional<CtaSummary> cta = ctas.find(email.ctaId());
        if (cta.isEmpty() || !cta.get().open()) {
            email.cancel(EnablementStopReason.CTA_CLOSED, null, now);
            return Outcome.CANCELLED;
        }
        EnablementRecipients recipients = recipients(cta.get());
        if (recipients.account().publicSector()) {
            email.cancel(EnablementStopReason.PUBLIC_SECTOR, null, now);
            return Outcome.CANCELLED;
        }
        LocalDate today = LocalDate.ofInstant(now, recipients.signerZone());
        if (email.scheduledOn().isAfter(today)) {
            email.notDueUntil(
                    email.scheduledOn().atStartOfDay(recipients.signerZone()).toInstant(), now);
            return Outcome.NOT_DUE;
        }
        if (!recipients.hasAdmin()) {
            if (email.waitForContact(now)) {
                ctas.addTask(email.ctaId(), CONTACT_TASK_TITLE, CONTACT_TASK_DESCRIPTION, today);
            }
            return Outcome.WAITING_FOR_CONTACT;
        }
        try {
            queue(email, recipients, now);
            return Outcome.QUEUED;
        } catch (InvalidInputException unusable) {
            email.fail(unusable.getMessage());
            return Outcome.FAILED;
        }
    }

    /**
     * "Send now": queued at once whatever its day. A reason it cannot go (no ADMIN contact, an
     * unusable address) is thrown for the TAM to see, and the email stays as it was.
     */
    void queueNow(EnablementEmail email, CtaSummary cta, Instant now) {
        if (!cta.open()) {
            throw new ConflictException("status", "The CTA is closed");
        }
        EnablementRecipients recipients = recipients(cta);
        if (recipients.account().publicSector()) {
            throw new InvalidInputException(
                    "sendNow", "enablement.publicSector", "Public sector accounts do not get enablement emails");
        }
        if (!recipients.hasAdmin()) {
            throw new InvalidInputException(
                    "sendNow", "enablement.noAdminContact", "The account has no ADMIN contact to send it to");
        }
        queue(email, recipients, now);
    }

    /** The account's TAM signs; an account without an active TAM falls back to the CTA's owner. */
    EnablementRecipients recipients(CtaSummary cta) {
        AccountView account = accounts.get(cta.accountId());
        UserView signer = Optional.ofNullable(account.tamId())
                .flatMap(users::find)
                .filter(UserView::active)
                .or(() -> users.find(cta.ownerId()))
                .orElseThrow(() -> new IllegalStateException("The CTA's owner " + cta.ownerId() + " is unknown"));
        return new EnablementRecipients(account, signer, EnablementRecipients.adminsOf(account));
    }

    private void queue(EnablementEmail email, EnablementRecipients recipients, Instant now) {
        EnablementMailComposer.Composed composed =
                composer.compose(email, recipients, templates.settings().fromAddress());
        UUID mailId = outbox.enqueue(composed.mail());
        email.queued(mailId, recipients.signer().id(), composed.subject(), composed.to(), now);
    }
}
