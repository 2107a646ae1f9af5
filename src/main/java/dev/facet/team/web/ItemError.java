package dev.facet.team.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A refused "not applicable": which item, the message key, and the note as typed. */
public record ItemError(UUID itemId, String code, @Nullable String note) {}
