package dev.facet.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account's TAM changed; {@code tamId} null means the TAM was cleared. {@code changedBy} is the
 * signed-in user who changed it, null when the CRM did.
 */
public record TamAssigned(
        UUID accountId,
        @Nullable UUID previousTamId,
        @Nullable UUID tamId,
        @Nullable UUID changedBy) {}
