package dev.facet.account;

/** The result of a create-or-update from the CRM. */
public record AccountUpsert(AccountView account, boolean created) {}
