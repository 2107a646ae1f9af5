package dev.facet.cta;

import dev.facet.account.AccountArrChanged;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.OnboardingPilotFlagged;
import dev.facet.account.OpportunityChanged;
import dev.facet.account.TamAssigned;
import dev.facet.cta.rules.OnboardingTriggers;
import dev.facet.cta.rules.RuleFiring;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.gemstone.GemstoneChanged;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns account, opportunity and gemstone events into rule evaluations. Each reaction runs after
 * the change committed, in its own transaction, tracked by the event publication registry: a crash
 * before it finished leaves the publication incomplete, and it runs again on restart. The engine
 * makes a second run change nothing.
 */
@Component
class OnboardingTriggerListener {

    private final OnboardingEngine engine;
    private final RuleBook rules;
    private final AccountManagement accounts;

    OnboardingTriggerListener(OnboardingEngine engine, RuleBook rules, AccountManagement accounts) {
        this.engine = engine;
        this.rules = rules;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(AccountArrChanged event) {
        fire(
                event.accountId(),
                OnboardingTriggers.tamQualifyingArr(
                        rules.current(TriggerRule.TAM_QUALIFYING_ARR), facts(event.accountId()), event.previousArr()));
    }

    @ApplicationModuleListener
    void on(OpportunityChanged event) {
        var opportunity = new OnboardingTriggers.OpportunityFacts(
                event.opportunityCrmId(), event.type(), event.previousStage(), event.stage(), event.amount());
        fire(
                event.accountId(),
                OnboardingTriggers.stageFive(
                        rules.current(TriggerRule.STAGE_FIVE),
                        rules.current(TriggerRule.TAM_QUALIFYING_ARR),
                        facts(event.accountId()),
                        opportunity));
    }

    @ApplicationModuleListener
    void on(GemstoneChanged event) {
        fire(
                event.accountId(),
                OnboardingTriggers.gemstone(
                        rules.current(TriggerRule.GEMSTONE),
                        event.previous(),
                        event.current(),
                        event.accountChanged()));
    }

    @ApplicationModuleListener
    void on(OnboardingPilotFlagged event) {
        fire(
                event.accountId(),
                OnboardingTriggers.onboardingPilot(
                        rules.current(TriggerRule.ONBOARDING_PILOT), facts(event.accountId())));
    }

    @ApplicationModuleListener
    void on(TamAssigned event) {
        engine.tamChanged(event.accountId(), event.previousTamId(), event.tamId());
    }

    private void fire(UUID accountId, Optional<RuleFiring> firing) {
        firing.ifPresent(f -> engine.qualify(accountId, f));
    }

    private OnboardingTriggers.AccountFacts facts(UUID accountId) {
        AccountView account = accounts.get(accountId);
        return new OnboardingTriggers.AccountFacts(account.segment(), account.publicSector(), account.arr());
    }
}
