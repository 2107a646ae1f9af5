package dev.facet.cta;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.LifecycleStage;
import dev.facet.cta.rules.OnboardingPlaybookPolicy;
import dev.facet.cta.rules.RuleFiring;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.playbook.PlaybookVersionView;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What fires (DOMAIN 3): a qualifying account gets an ASSIGN_TAM item for the routed manager while
 * it has no TAM, and an ONBOARDING CTA with its playbook once it has one. Every entry point takes the
 * account's lock first and looks at what is open, so repeats and concurrent deliveries update the one
 * open CTA instead of opening another; the partial unique index backs this up.
 */
@Service
@Transactional
class OnboardingEngine {

    private static final Logger log = LoggerFactory.getLogger(OnboardingEngine.class);

    private final CtaRepository ctas;
    private final CtaFiringRepository firings;
    private final CtaCommentRepository comments;
    private final Routing routing;
    private final AccountManagement accounts;
    private final PlaybookManagement playbooks;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OnboardingEngine(
            CtaRepository ctas,
            CtaFiringRepository firings,
            CtaCommentRepository comments,
            Routing routing,
            AccountManagement accounts,
            PlaybookManagement playbooks,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ctas = ctas;
        this.firings = firings;
        this.comments = comments;
        this.routing = routing;
        this.accounts = accounts;
        this.playbooks = playbooks;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A trigger fired for the account. */
    void qualify(UUID accountId, RuleFiring firing) {
        ctas.lockAccount(accountId);
        AccountView account = accounts.get(accountId);
        Optional<Cta> onboarding = ctas.findOpen(accountId, CtaType.ONBOARDING);
        if (onboarding.isPresent()) {
            refire(onboarding.get(), firing.and(tamInput(account.tamId())));
            return;
        }
        Optional<Cta> assignTam = ctas.findOpen(accountId, CtaType.ASSIGN_TAM);
        if (account.tamId() == null) {
            if (assignTam.isPresent()) {
                refire(assignTam.get(), firing.and(tamInput(null)));
            } else {
                openAssignTam(account, nextOnboardingReason(accountId), firing.and(tamInput(null)));
            }
            return;
        }
        CtaReason reason = assignTam.map(Cta::reason).orElseGet(() -> nextOnboardingReason(accountId));
        assignTam.ifPresent(this::closeAsAssigned);
        openOnboarding(account, reason, firing.and(tamInput(account.tamId())));
    }

    /**
     * The account's TAM changed. A waiting ASSIGN_TAM item closes as a success and the onboarding
     * opens for the new TAM; open CTAs the previous TAM owned move to the new one.
     */
    void tamChanged(UUID accountId, @Nullable UUID previousTamId, @Nullable UUID tamId) {
        if (tamId == null) {
            return; // clearing the TAM leaves running CTAs with their owner until a manager assigns one
        }
        ctas.lockAccount(accountId);
        AccountView account = accounts.get(accountId);
        if (!tamId.equals(account.tamId())) {
            return; // a later change already replaced this TAM; its own event will follow
        }
        Optional<Cta> assignTam = ctas.findOpen(accountId, CtaType.ASSIGN_TAM);
        if (assignTam.isPresent()) {
            // The wait is over even when a manager made the onboarding by hand in the meantime.
            Cta waiting = assignTam.get();
            closeAsAssigned(waiting);
            RuleFiring source = waiting.source();
            if (source != null && ctas.findOpen(accountId, CtaType.ONBOARDING).isEmpty()) {
                openOnboarding(account, waiting.reason(), source.and("TAM assigned: " + name(tamId)));
            }
        }
        if (previousTamId != null) {
            Instant now = clock.instant();
            for (Cta cta : ctas.findOpenOwnedBy(accountId, previousTamId)) {
                cta.changeOwner(tamId, now);
                comments.save(new CtaComment(
                        cta.id(),
                        tamId,
                        CommentKind.OWNERSHIP,
                        "Moved from %s to %s with the account's TAM".formatted(name(previousTamId), name(tamId)),
                        now));
            }
        }
    }

    /**
     * A rule fired again while the CTA is open: a rule-made CTA takes the newest inputs as its source;
     * one made by hand keeps its maker. Either way the firing joins the CTA's history.
     */
    private void refire(Cta cta, RuleFiring firing) {
        if (cta.madeByRule()) {
            cta.takeSource(firing);
        }
        firings.save(new CtaFiring(cta.id(), firing, clock.instant()));
        log.debug("Rule {} fired again for open CTA {}", firing.rule(), cta.id());
    }

    private void openAssignTam(AccountView account, CtaReason reason, RuleFiring firing) {
        RoutingSettings settings = routing.settings();
        UUID manager = settings.managerFor(account.segment(), account.region());
        if (manager == null) {
            manager = users.activeWithRole(Role.MANAGER).stream()
                    .findFirst()
                    .map(UserReference::id)
                    .orElseThrow(() -> new IllegalStateException(
                            "No manager to route the ASSIGN_TAM item to: add a routing row or a manager"));
        }
        LocalDate today = LocalDate.now(clock);
        Cta cta = Cta.fromRule(
                account.id(),
                CtaType.ASSIGN_TAM,
                reason,
                manager,
                today,
                today.plusDays(settings.assignTamDueDays()),
                firing,
                clock.instant());
        save(cta, firing);
    }

    private void openOnboarding(AccountView account, CtaReason reason, RuleFiring firing) {
        PlaybookVersionView playbook =
                playbooks.currentVersion(OnboardingPlaybookPolicy.templateCodeFor(account.deploymentType()));
        LocalDate today = LocalDate.now(clock);
        Cta cta = Cta.fromRule(
                account.id(),
                CtaType.ONBOARDING,
                reason,
                java.util.Objects.requireNonNull(account.tamId()),
                today,
                today.plusDays(playbook.targetDays()),
                firing,
                clock.instant());
        cta.follow(playbook);
        save(cta, firing);
        accounts.moveToStage(account.id(), LifecycleStage.ONBOARDING);
    }

    private void save(Cta cta, RuleFiring firing) {
        ctas.saveAndFlush(cta);
        firings.save(new CtaFiring(cta.id(), firing, clock.instant()));
        events.publishEvent(new CtaOpened(
                cta.id(),
                cta.accountId(),
                cta.type(),
                cta.reason(),
                cta.ownerId(),
                cta.startDate(),
                cta.playbookVersionId()));
    }

    private void closeAsAssigned(Cta assignTam) {
        // The TAM is set: the manager's work item is done, whatever its tasks say.
        assignTam.close(CtaStatus.CLOSED_SUCCESS, LocalDate.now(clock), LocalDate.now(clock), true, clock.instant());
        ctas.saveAndFlush(assignTam);
        events.publishEvent(new CtaClosed(
                assignTam.id(),
                assignTam.accountId(),
                CtaType.ASSIGN_TAM,
                CtaStatus.CLOSED_SUCCESS,
                LocalDate.now(clock)));
    }

    /** DOMAIN 3: after an onboarding has closed, the next one is for an existing customer. */
    private CtaReason nextOnboardingReason(UUID accountId) {
        return ctas.existsByAccountIdAndTypeAndClosedDateIsNotNull(accountId, CtaType.ONBOARDING)
                ? CtaReason.EXISTING_CUSTOMER
                : CtaReason.NEW_CUSTOMER;
    }

    private String tamInput(@Nullable UUID tamId) {
        return tamId == null ? "TAM empty" : "TAM " + name(tamId);
    }

    private String name(UUID userId) {
        return users.find(userId).map(u -> u.displayName()).orElse("unknown user");
    }
}
