package dev.facet.account;

import java.util.Set;

public record ContactDetails(String name, String email, Set<ContactRole> roles) {}
