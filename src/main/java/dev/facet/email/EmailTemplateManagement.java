package dev.facet.email;

import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enablement email templates and the program's settings. */
@Service
@Transactional
public class EmailTemplateManagement {

    private static final Logger log = LoggerFactory.getLogger(EmailTemplateManagement.class);

    private final EmailTemplateRepository templates;
    private final EmailTemplateRevisions revisions;
    private final EmailSettingsStore settings;
    private final Clock clock;

    EmailTemplateManagement(
            EmailTemplateRepository templates,
            EmailTemplateRevisions revisions,
            EmailSettingsStore settings,
            Clock clock) {
        this.templates = templates;
        this.revisions = revisions;
        this.settings = settings;
        this.clock = clock;
    }

    /** All ten templates, SaaS first, each variant in sending order. */
    @Transactional(readOnly = true)
    public List<EmailTemplateView> templates() {
        return templates.findAllByOrderByVariantAscNumberAsc().stream()
                .map(EmailTemplate::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public EmailTemplateView template(UUID id) {
        return find(id).view();
    }

    /** The template the program sends as email {@code number} (1 to 5) of {@code variant}. */
    @Transactional(readOnly = true)
    public EmailTemplateView template(EmailVariant variant, int number) {
        return templates
                .findByVariantAndNumber(variant, number)
                .map(EmailTemplate::view)
                .orElseThrow(() -> new NotFoundException("Email template", variant + " " + number));
    }

    /**
     * An admin's new subject and body for a template. Refuses (as an {@code InvalidInputException}
     * naming the field) a blank or over-long text, a subject with a line break, and any tag that is
     * not one of {@link EmailTokens#NAMES}; refuses with a {@code StaleEditException} when someone
     * saved since {@code basedOnVersion}. The new version is also written to the template's history
     * (which the migration started with each seeded version). Text equal to the current one saves
     * nothing. Publishes nothing.
     *
     * @param editor who saves, as the history shows it
     */
    public EmailTemplateView change(UUID id, String subject, String body, long basedOnVersion, String editor) {
        EmailTemplatePolicy.check(subject, body);
        EmailTemplate template = find(id);
        EmailTemplateView before = template.view();
        if (before.version() != basedOnVersion) {
            throw new StaleEditException("Email template");
        }
        if (before.subject().equals(subject) && before.body().equals(body)) {
            return before;
        }
        template.change(subject, body, clock.instant(), editor);
        try {
            // The version check in the UPDATE settles a race between two admins here, before the
            // history row of the new version is written.
            templates.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("Email template");
        }
        EmailTemplateView saved = template.view();
        revisions.record(new EmailTemplateRevisionView(
                saved.id(), saved.version(), saved.subject(), saved.body(), saved.updatedAt(), saved.updatedBy()));
        return saved;
    }

    /** Every saved version of a template, the current one first. */
    @Transactional(readOnly = true)
    public Page<EmailTemplateRevisionSummary> revisions(UUID id, Pageable pageable) {
        find(id);
        return revisions.summaries(id, pageable);
    }

    /** The text of one saved version of a template. */
    @Transactional(readOnly = true)
    public EmailTemplateRevisionView revision(UUID id, long version) {
        return revisions
                .find(id, version)
                .orElseThrow(() -> new NotFoundException("Email template revision", id + " v" + version));
    }

    @Transactional(readOnly = true)
    public EmailProgramSettings settings() {
        return settings.load();
    }

    /**
     * An admin's spacing and from-address. Refuses a spacing outside {@value
     * EmailProgramSettings#MIN_SPACING_DAYS}–{@value EmailProgramSettings#MAX_SPACING_DAYS} days and
     * anything but one strictly valid address ({@code InvalidInputException} naming the field), and a
     * save over someone else's since {@code changes.version()} ({@code StaleEditException}); a
     * non-admin gets an {@code AccessDeniedToObjectException}.
     */
    public EmailProgramSettings changeSettings(EmailProgramSettings changes, CurrentUser editor) {
        if (!editor.isAdmin()) {
            throw new AccessDeniedToObjectException("Only admins change the email program settings");
        }
        settings.save(EmailSettingsPolicy.checked(changes));
        log.info("Email program settings changed by {}", editor.username());
        return settings.load();
    }

    private EmailTemplate find(UUID id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("Email template", id));
    }
}
