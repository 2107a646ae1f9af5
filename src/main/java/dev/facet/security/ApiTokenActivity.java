package dev.facet.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The active API tokens and the last time any of them was used: a quiet CRM shows here first. */
public record ApiTokenActivity(long active, @Nullable Instant lastUsedAt) {}
