package dev.facet.account;

import java.util.UUID;

/**
 * An account's contacts changed: one was added, edited or removed in the contact editor, or the CRM
 * sent a list that differs from the stored one. Published in the changing transaction; it carries
 * only the id, so listeners read the contacts as they are when they run (for example {@link
 * AccountManagement#contactsWithRole}), which also makes a late or repeated delivery harmless.
 */
public record AccountContactsChanged(UUID accountId) {}
