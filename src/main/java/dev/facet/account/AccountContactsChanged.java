package dev.facet.account;

import java.util.UUID;

/** An account's contacts changed (added, edited, removed or re-labelled). */
public record AccountContactsChanged(UUID accountId) {}
