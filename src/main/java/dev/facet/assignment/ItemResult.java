package dev.facet.assignment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The result for one account of a bulk action; {@code reason} explains a skip or failure. */
public record ItemResult(
        @Nullable UUID accountId,
        String accountName,
        Outcome outcome,
        @Nullable String tamName,
        @Nullable String reason) {}
