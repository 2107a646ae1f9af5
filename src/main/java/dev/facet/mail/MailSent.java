package dev.facet.mail;

import java.time.Instant;
import java.util.UUID;

/** The SMTP server accepted the outbox mail {@code mailId}; {@code kind} is the one it was queued with. */
public record MailSent(UUID mailId, String kind, Instant sentAt) {}
