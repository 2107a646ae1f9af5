package dev.facet.account;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which TAMs a manager must confirm before assigning them an account in the browser (DOMAIN 10: a TAM
 * who has not graduated from team onboarding is flagged and needs a manager's override). Declared
 * here and implemented by the {@code team} module, which depends on {@code account}: the account
 * pages ask without {@code account} depending on {@code team}, which would make a cycle. Without an
 * implementation (a test slice without {@code team}) nobody needs confirming.
 */
public interface TamAssignmentGuard {

    /** Those of {@code tamIds} an assignment to needs the manager's confirmation. */
    Set<UUID> needingConfirmation(Collection<UUID> tamIds);
}
