package dev.facet.mail;

import java.util.UUID;

/**
 * The outbox gave up on mail {@code mailId}: the SMTP server refused it for good (a 5xx, an address
 * refused) or it ran out of attempts. An admin may still queue it again from the outbox page.
 */
public record MailFailed(UUID mailId, String kind, String error) {}
