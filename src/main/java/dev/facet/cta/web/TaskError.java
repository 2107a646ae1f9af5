package dev.facet.cta.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task action the service refused, with the message code and what the user typed. */
public record TaskError(UUID taskId, String code, @Nullable String note) {}
