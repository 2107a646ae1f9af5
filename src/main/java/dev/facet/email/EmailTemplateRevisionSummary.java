package dev.facet.email;

import java.time.Instant;

/** A line of a template's history: which version, who saved it and when (the text is fetched on demand). */
public record EmailTemplateRevisionSummary(long version, Instant savedAt, String savedBy) {}
