package dev.facet.email.program;

import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaSummary;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailTemplateView;
import dev.facet.email.EmailTokens;
import dev.facet.email.EmailVariant;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enablement emails of a CTA as its TAM works them: the schedule with each email's state, and
 * before an email goes, editing it, sending it at once, skipping it or cancelling all that are left.
 * Only the CTA's owner, the account's TAM or a manager may act; everyone else reads.
 */
@Service
@Transactional
public class EnablementManagement {

    private final EnablementEmailRepository emails;
    private final EnablementQueue queue;
    private final CtaManagement ctas;
    private final EmailTemplateManagement templates;
    private final UserManagement users;
    private final Clock clock;

    EnablementManagement(
            EnablementEmailRepository emails,
            EnablementQueue queue,
            CtaManagement ctas,
            EmailTemplateManagement templates,
            UserManagement users,
            Clock clock) {
        this.emails = emails;
        this.queue = queue;
        this.ctas = ctas;
        this.templates = templates;
        this.users = users;
        this.clock = clock;
    }

    /** The CTA's five emails in order (none for a CTA without an onboarding playbook, or a public sector account). */
    @Transactional(readOnly = true)
    public EnablementProgramView program(UUID ctaId, CurrentUser viewer) {
        Context context = load(ctaId);
        List<EnablementEmail> rows = emails.findByCtaIdOrderByNumber(ctaId);
        return new EnablementProgramView(
                ctaId,
                context.cta().accountId(),
                context.recipients().account().publicSector(),
                context.recipients().signer().displayName(),
                context.recipients().admins().stream()
                        .map(EnablementMailComposer::display)
                        .toList(),
                context.mayBeWorkedBy(viewer),
                views(rows, context));
    }

    /** One unsent email in the editor, with its text as it stands and how it reads today. */
    @Transactional(readOnly = true)
    public EnablementDraft draft(UUID ctaId, UUID emailId, CurrentUser editor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(editor);
        EnablementEmail email = emailOf(ctaId, emails.findById(emailId), emailId);
        requireUnsent(email);
        EmailTemplateView template = templates.template(email.variant(), email.number());
        String subject = email.subjectFrom(template.subject());
        String body = email.bodyFrom(template.body());
        return new EnablementDraft(
                views(List.of(email), context).getFirst(),
                subject,
                body,
                render(subject, body, context.recipients().tokens()),
                context.recipients().signer().displayName());
    }

    /** The editor's text as the customer would read it today; invalid text is refused as for saving. */
    @Transactional(readOnly = true)
    public EnablementPreview preview(UUID ctaId, String subject, String body, CurrentUser editor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(editor);
        return render(subject, body, context.recipients().tokens());
    }

    /**
     * Saves the TAM's subject and body as template text, if nobody changed the email since {@code
     * version} (else {@link StaleEditException}).
     */
    public void edit(UUID ctaId, UUID emailId, String subject, String body, long version, CurrentUser editor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(editor);
        EnablementEmail email = emailOf(ctaId, emails.lock(emailId), emailId);
        if (email.version() != version) {
            throw new StaleEditException("Enablement email");
        }
        EmailTemplateView template = templates.template(email.variant(), email.number());
        email.edit(subject, body, template.subject(), template.body(), editor.id(), clock.instant());
        emails.saveAndFlush(email);
    }

    /** Queues the email now, whatever its day: the "send before the kickoff" case. */
    public void sendNow(UUID ctaId, UUID emailId, CurrentUser actor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(actor);
        EnablementEmail email = emailOf(ctaId, emails.lock(emailId), emailId);
        requireUnsent(email);
        queue.queueNow(email, context.cta(), clock.instant());
        emails.saveAndFlush(email);
    }

    public void skip(UUID ctaId, UUID emailId, CurrentUser actor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(actor);
        EnablementEmail email = emailOf(ctaId, emails.lock(emailId), emailId);
        email.skip(actor.id(), clock.instant());
        emails.saveAndFlush(email);
    }

    /** Cancels every email of the CTA not sent yet; returns how many. */
    public int cancelRest(UUID ctaId, CurrentUser actor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(actor);
        Instant now = clock.instant();
        List<EnablementEmail> unsent = emails.lockOfCta(ctaId).stream()
                .filter(e -> e.status().unsent())
                .toList();
        unsent.forEach(e -> e.cancel(EnablementStopReason.BY_USER, actor.id(), now));
        emails.saveAllAndFlush(unsent);
        return unsent.size();
    }

    /** Takes back a skip or a cancellation made by a person, while the email's day has not passed. */
    public void restore(UUID ctaId, UUID emailId, CurrentUser actor) {
        Context context = load(ctaId);
        context.requireMayBeWorkedBy(actor);
        if (!context.cta().open()) {
            throw new ConflictException("status", "The CTA is closed");
        }
        EnablementEmail email = emailOf(ctaId, emails.lock(emailId), emailId);
        email.restore(context.today(clock.instant()));
        emails.saveAndFlush(email);
    }

    private Context load(UUID ctaId) {
        CtaSummary cta = ctas.find(ctaId).orElseThrow(() -> new NotFoundException("CTA", ctaId));
        return new Context(cta, queue.recipients(cta));
    }

    private static EnablementEmail emailOf(UUID ctaId, Optional<EnablementEmail> found, UUID emailId) {
        return found.filter(e -> e.ctaId().equals(ctaId))
                .orElseThrow(() -> new NotFoundException("Enablement email", emailId));
    }

    private static void requireUnsent(EnablementEmail email) {
        if (!email.status().unsent()) {
            throw new ConflictException("status", "Email " + email.number() + " is " + email.status() + " already");
        }
    }

    private static EnablementPreview render(String subject, String body, EmailTokens tokens) {
        EnablementMailComposer.Rendered rendered = EnablementMailComposer.render(subject, body, tokens);
        return new EnablementPreview(rendered.subject(), rendered.body());
    }

    /** Views of the emails in one pass: the templates and the people named are read once. */
    private List<EnablementEmailView> views(List<EnablementEmail> rows, Context context) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, EmailTemplateView> byKey = templates.templates().stream()
                .collect(Collectors.toMap(t -> key(t.variant(), t.number()), Function.identity()));
        Set<UUID> people = new HashSet<>();
        rows.forEach(e -> Stream.of(e.editedBy(), e.signedBy(), e.stoppedBy())
                .filter(Objects::nonNull)
                .forEach(people::add));
        Map<UUID, UserReference> names = people.isEmpty() ? Map.of() : users.references(people);
        EmailTokens tokens = context.recipients().tokens();
        LocalDate today = context.today(clock.instant());
        return rows.stream()
                .map(e -> {
                    EmailTemplateView template = byKey.get(key(e.variant(), e.number()));
                    String subject = e.sentSubject() != null
                            ? e.sentSubject()
                            : render(e.subjectFrom(template.subject()), "", tokens)
                                    .subject();
                    return new EnablementEmailView(
                            e.id(),
                            e.number(),
                            template.name(),
                            e.scheduledOn(),
                            e.status(),
                            e.waitingSince() != null,
                            subject,
                            e.edited(),
                            nameOf(names, e.editedBy()),
                            e.editedAt(),
                            e.sentTo(),
                            nameOf(names, e.signedBy()),
                            e.queuedAt(),
                            e.sentAt(),
                            e.error(),
                            e.stopReason(),
                            nameOf(names, e.stoppedBy()),
                            context.cta().open() && e.restorable(today),
                            e.version());
                })
                .toList();
    }

    private static String key(EmailVariant variant, int number) {
        return variant + "-" + number;
    }

    private static @Nullable String nameOf(Map<UUID, UserReference> names, @Nullable UUID id) {
        if (id == null) {
            return null;
        }
        UserReference user = names.get(id);
        return user == null ? "?" : user.displayName();
    }

    /** The CTA and who its emails go to now; who may act on them follows from both. */
    private record Context(CtaSummary cta, EnablementRecipients recipients) {

        boolean mayBeWorkedBy(CurrentUser user) {
            return user.id().equals(cta.ownerId())
                    || user.id().equals(recipients.account().tamId())
                    || user.isManager();
        }

        /** The day the schedule goes by: the signing TAM's, as for sending. */
        LocalDate today(Instant now) {
            return LocalDate.ofInstant(now, recipients.signerZone());
        }

        void requireMayBeWorkedBy(CurrentUser user) {
            if (!mayBeWorkedBy(user)) {
                throw new AccessDeniedToObjectException(
                        "Only the CTA's owner, the account's TAM or a manager works its enablement emails");
            }
        }
    }
}
