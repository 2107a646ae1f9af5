package dev.facet.account;

import java.util.Set;
import java.util.UUID;

public record ContactView(UUID id, String name, String email, Set<ContactRole> roles) {}
