package dev.facet.email.program;

import dev.facet.account.AccountManagement;
import dev.facet.cta.CtaClosed;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaOpened;
import dev.facet.cta.CtaSummary;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailVariant;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.UserManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts an onboarding's program when its CTA opens with an onboarding playbook (SaaS or
 * Self-Managed; not for public sector accounts), and stops what is left of it when the CTA closes.
 * Both run after the CTA's commit, tracked by the event publication registry, and may run twice: a
 * CTA already scheduled is left alone (the unique (cta, number) key backs this up), and only
 * emails still scheduled are cancelled.
 */
@Component
class EnablementScheduling {

    private static final Logger log = LoggerFactory.getLogger(EnablementScheduling.class);

    private final EnablementEmailRepository emails;
    private final PlaybookManagement playbooks;
    private final AccountManagement accounts;
    private final CtaManagement ctas;
    private final UserManagement users;
    private final EmailTemplateManagement templates;
    private final Clock clock;

    EnablementScheduling(
            EnablementEmailRepository emails,
            PlaybookManagement playbooks,
            AccountManagement accounts,
            CtaManagement ctas,
            UserManagement users,
            EmailTemplateManagement templates,
            Clock clock) {
        this.emails = emails;
        this.playbooks = playbooks;
        this.accounts = accounts;
        this.ctas = ctas;
        this.users = users;
        this.templates = templates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CtaOpened event) {
        UUID playbookVersion = event.playbookVersionId();
        if (playbookVersion == null || emails.existsByCtaId(event.ctaId())) {
            return;
        }
        Optional<EmailVariant> variant = EnablementSchedulePolicy.variantFor(
                playbooks.version(playbookVersion).templateCode());
        if (variant.isEmpty() || accounts.get(event.accountId()).publicSector()) {
            return;
        }
        if (ctas.find(event.ctaId()).filter(CtaSummary::open).isEmpty()) {
            return; // closed or deleted before this reaction ran: nothing to send for it
        }
        LocalDate today = users.find(event.ownerId())
                .map(owner -> LocalDate.now(clock.withZone(EnablementRecipients.zoneOf(owner))))
                .orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<LocalDate> days = EnablementSchedulePolicy.days(
                event.startDate(), today, templates.settings().spacingDays());
        List<EnablementEmail> program = new ArrayList<>();
        for (int n = 1; n <= days.size(); n++) {
            program.add(new EnablementEmail(event.ctaId(), event.accountId(), variant.get(), n, days.get(n - 1)));
        }
        emails.saveAll(program);
        log.debug("Enablement emails scheduled for CTA {} from {}", event.ctaId(), days.getFirst());
    }

    @ApplicationModuleListener
    void on(CtaClosed event) {
        Instant now = clock.instant();
        emails.lockOfCta(event.ctaId()).stream()
                .filter(e -> e.status() == EnablementEmailStatus.SCHEDULED)
                .forEach(e -> e.cancel(EnablementStopReason.CTA_CLOSED, null, now));
    }
}
