package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account moved to another gemstone (or got its first one). */
public record GemstoneChanged(UUID accountId, @Nullable Gemstone previous, Gemstone current, String because) {}
