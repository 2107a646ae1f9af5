package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account moved to another gemstone (or got its first one). {@code accountChanged} tells a move
 * caused by the account's own facts (a purchase, an upgrade, a downgrade) from one caused by an
 * admin's new thresholds.
 */
public record GemstoneChanged(
        UUID accountId, @Nullable Gemstone previous, Gemstone current, String because, boolean accountChanged) {}
