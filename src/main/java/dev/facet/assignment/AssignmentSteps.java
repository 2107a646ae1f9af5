package dev.facet.assignment;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.security.CurrentUser;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account of a bulk action, each in its own transaction, so that one refusal undoes only its own
 * account. The account module publishes {@code TamAssigned}; the cta module's reaction closes the
 * ASSIGN_TAM item and opens the onboarding, or moves the open CTAs (their tasks belong to them).
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class AssignmentSteps {

    private final AssignmentQueries queries;
    private final AccountManagement accounts;

    AssignmentSteps(AssignmentQueries queries, AccountManagement accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    /** Assigns the TAM to the account of an open ASSIGN_TAM item, unless it got one meanwhile. */
    ItemResult assign(UUID ctaId, String accountName, UUID tamId, String tamName, CurrentUser manager) {
        var target = queries.openAssignTarget(ctaId).orElse(null);
        if (target == null) {
            return new ItemResult(null, accountName, Outcome.STALE, null, "The item is closed or gone");
        }
        AccountView account = accounts.get(target.accountId());
        if (account.tamId() != null) {
            return new ItemResult(account.id(), account.name(), Outcome.SKIPPED_HAS_TAM, null, null);
        }
        accounts.assignTam(account.id(), tamId, manager);
        return new ItemResult(account.id(), account.name(), Outcome.ASSIGNED, tamName, null);
    }

    /** Moves the account from one TAM to another, if it is still the first one's. */
    ItemResult move(UUID accountId, UUID fromTamId, UUID toTamId, String toTamName, CurrentUser manager) {
        AccountView account = accounts.get(accountId);
        if (!Objects.equals(account.tamId(), fromTamId)) {
            return new ItemResult(
                    account.id(), account.name(), Outcome.STALE, null, "The account has another TAM by now");
        }
        accounts.assignTam(account.id(), toTamId, manager);
        return new ItemResult(account.id(), account.name(), Outcome.MOVED, toTamName, null);
    }
}
