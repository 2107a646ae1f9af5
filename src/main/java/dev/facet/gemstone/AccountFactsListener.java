package dev.facet.gemstone;

import dev.facet.account.AccountFacts;
import dev.facet.account.AccountFactsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes the gemstone whenever seats, tier or TAV change. It runs synchronously inside the
 * publishing transaction (not after commit): the gemstone is part of the account's consistent
 * state, the CRM's response already carries it, and a crash half-way leaves neither half behind.
 */
@Component
class AccountFactsListener {

    private final GemstoneManagement gemstones;

    AccountFactsListener(GemstoneManagement gemstones) {
        this.gemstones = gemstones;
    }

    @EventListener
    void on(AccountFactsChanged facts) {
        gemstones.reclassify(
                new AccountFacts(facts.accountId(), facts.seats(), facts.productTier(), facts.totalAccountValue()));
    }
}
