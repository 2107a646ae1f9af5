package dev.facet.account;

import java.util.UUID;

record AccountName(UUID id, String name) {}
