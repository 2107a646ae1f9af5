package dev.facet.security;

/** DOMAIN 11. A manager can do everything a TAM can; an admin configures but works no accounts. */
public enum Role {
    TAM,
    MANAGER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
