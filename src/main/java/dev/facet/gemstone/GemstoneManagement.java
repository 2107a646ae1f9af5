package dev.facet.gemstone;

import dev.facet.account.AccountFacts;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.Gemstone;
import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classifies accounts, keeps their gemstone history and their entitlement checklist. */
@Service
@Transactional
public class GemstoneManagement {

    /** DOMAIN 2: all implementation and training must be scheduled within 30 days of purchase. */
    static final int SCHEDULE_WITHIN_DAYS = 30;

    private final ThresholdRepository thresholds;
    private final GemstoneChangeRepository history;
    private final EntitlementRepository entitlements;
    private final EntitlementCheckRepository checks;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GemstoneManagement(
            ThresholdRepository thresholds,
            GemstoneChangeRepository history,
            EntitlementRepository entitlements,
            EntitlementCheckRepository checks,
            AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.thresholds = thresholds;
        this.history = history;
        this.entitlements = entitlements;
        this.checks = checks;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Classifies the account from its new facts, in the transaction that changed them, so the
     * account is never seen with facts and a gemstone that disagree. A change of gemstone is
     * recorded in the history and announced.
     */
    void reclassify(AccountFacts facts) {
        reclassify(facts, classifier(), true);
    }

    private void reclassify(AccountFacts facts, GemstoneClassifier classifier, boolean accountChanged) {
        var gemstoneFacts = new GemstoneFacts(facts.seats(), facts.productTier(), facts.totalAccountValue());
        Classification classification = classifier.classify(gemstoneFacts);
        @Nullable
        Gemstone previous = history.findFirstByAccountIdOrderByChangedAtDesc(facts.accountId())
                .map(GemstoneChange::gemstone)
                .orElse(null);
        accounts.recordGemstone(facts.accountId(), classification.gemstone(), classification.because());
        if (previous != classification.gemstone()) {
            history.save(
                    new GemstoneChange(facts.accountId(), previous, classification, gemstoneFacts, clock.instant()));
            events.publishEvent(new GemstoneChanged(
                    facts.accountId(), previous, classification.gemstone(), classification.because(), accountChanged));
        }
    }

    /**
     * Reclassifies one batch of accounts (in id order, after {@code after}) under the current
     * thresholds; returns the last id done, or empty when none were left.
     */
    Optional<UUID> reclassifyBatch(UUID after, int batchSize) {
        GemstoneClassifier classifier = classifier();
        List<AccountFacts> batch = accounts.factsAfter(after, batchSize);
        batch.forEach(facts -> reclassify(facts, classifier, false));
        return batch.isEmpty() ? Optional.empty() : Optional.of(batch.getLast().accountId());
    }

    @Transactional(readOnly = true)
    public ThresholdSettings thresholdSettings() {
        ThresholdRow row = thresholdRow();
        return new ThresholdSettings(row.thresholds(), row.version());
    }

    /**
     * An admin changes the thresholds; every account is then reclassified in the background (see
     * ThresholdsChangedListener), each change of gemstone landing in the account's history.
     */
    public void changeThresholds(GemstoneThresholds thresholds, long version) {
        ThresholdRow row = thresholdRow();
        if (row.version() != version) {
            throw new StaleEditException("Gemstone thresholds");
        }
        ThresholdsPolicy.check(thresholds);
        row.change(thresholds);
        this.thresholds.saveAndFlush(row);
        events.publishEvent(new GemstoneThresholdsChanged(row.version()));
    }

    @Transactional(readOnly = true)
    public GemstonePanel panel(UUID accountId, CurrentUser viewer) {
        AccountView account = accounts.get(accountId);
        Map<Integer, EntitlementCheck> checked = checks.findByAccount(accountId).stream()
                .collect(Collectors.toMap(EntitlementCheck::entitlementId, Function.identity()));
        List<EntitlementItem> items = account.gemstone() == null
                ? List.of()
                : entitlements.findByGemstoneOrderByPosition(account.gemstone()).stream()
                        .map(e -> new EntitlementItem(
                                e.id(),
                                e.category(),
                                e.description(),
                                checked.containsKey(e.id())
                                        ? checked.get(e.id()).checkedAt()
                                        : null))
                        .toList();
        LocalDate scheduleBy = account.originalContractDate().plusDays(SCHEDULE_WITHIN_DAYS);
        boolean allScheduled = items.stream().allMatch(EntitlementItem::scheduled);
        return new GemstonePanel(
                accountId,
                account.gemstone(),
                account.gemstoneReason(),
                scheduleBy,
                !allScheduled && LocalDate.now(clock).isAfter(scheduleBy),
                items,
                history.findByAccountIdOrderByChangedAtDesc(accountId).stream()
                        .map(GemstoneChange::view)
                        .toList(),
                account.mayBeWorkedBy(viewer));
    }

    /** Ticks or unticks an entitlement as scheduled; only for the account's TAM or a manager. */
    public void markScheduled(UUID accountId, int entitlementId, boolean scheduled, CurrentUser actor) {
        AccountView account = accounts.get(accountId);
        if (!account.mayBeWorkedBy(actor)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager may update the checklist");
        }
        Entitlement entitlement = entitlements
                .findById(entitlementId)
                .filter(e -> e.gemstone() == account.gemstone())
                .orElseThrow(() -> new NotFoundException("Entitlement", entitlementId));
        var key = new EntitlementCheck.Key(accountId, entitlement.id());
        if (scheduled && !checks.existsById(key)) {
            checks.save(new EntitlementCheck(accountId, entitlement.id(), actor.id(), clock.instant()));
        } else if (!scheduled) {
            checks.deleteById(key);
        }
    }

    private ThresholdRow thresholdRow() {
        return thresholds
                .findById(ThresholdRow.ONLY_ROW)
                .orElseThrow(() -> new IllegalStateException("gemstone_threshold is seeded by a migration"));
    }

    private GemstoneClassifier classifier() {
        return new GemstoneClassifier(thresholdRow().thresholds());
    }
}
