package dev.facet.cta;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOMAIN 8's risk flag: set by a customer-side delay, cleared when the account's last open RISK CTA
 * closes, and set or cleared by hand by the account's TAM or a manager, each change with its reason
 * on the timeline as an AT_RISK_UPDATE.
 */
@Service
@Transactional
public class RiskFlags {

    /** The longest reason for a change by hand. */
    static final int MAX_REASON = 1000;

    private final CtaRepository ctas;
    private final AccountManagement accounts;
    private final TimelineManagement timeline;
    private final Clock clock;

    RiskFlags(CtaRepository ctas, AccountManagement accounts, TimelineManagement timeline, Clock clock) {
        this.ctas = ctas;
        this.accounts = accounts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** By hand, with a reason. */
    public void change(UUID accountId, boolean atRisk, String reason, CurrentUser actor) {
        AccountView account = accounts.get(accountId);
        if (!account.mayBeWorkedBy(actor)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager sets its risk flag");
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "account.risk.reason.required", "Say why");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "account.risk.reason.tooLong", "The reason is too long");
        }
        if (atRisk) {
            accounts.flagAtRisk(accountId);
        } else {
            accounts.clearAtRisk(accountId);
        }
        timeline.record(new NewTimelineEntry(
                accountId,
                TimelineEntryType.AT_RISK_UPDATE,
                LocalDate.now(clock.withZone(actor.timeZone())),
                actor.id(),
                null,
                (atRisk ? "Flagged at risk: " : "No longer at risk: ") + why));
    }

    /** A RISK CTA closed: once none is open, the account is no longer at risk. */
    void afterRiskItemClosed(UUID accountId, CtaActor actor) {
        ctas.lockAccount(accountId);
        if (ctas.existsByAccountIdAndTypeAndClosedDateIsNull(accountId, CtaType.RISK)
                || !accounts.get(accountId).atRisk()) {
            return;
        }
        accounts.clearAtRisk(accountId);
        if (actor.userId() != null) {
            timeline.record(new NewTimelineEntry(
                    accountId,
                    TimelineEntryType.AT_RISK_UPDATE,
                    LocalDate.now(clock.withZone(actor.zone())),
                    actor.userId(),
                    null,
                    "No longer at risk: the last RISK CTA was closed"));
        }
    }
}
