package dev.facet.email;

import java.time.Instant;
import java.util.UUID;

/** A saved version of a template: its text, who saved it and when. */
public record EmailTemplateRevisionView(
        UUID templateId, long version, String subject, String body, Instant savedAt, String savedBy) {}
