package dev.facet.assignment;

import java.util.UUID;

/**
 * A user who is the TAM of at least one account: whom a manager can move accounts away from. This
 * includes deactivated users (someone who left keeps their book until it is moved) and managers.
 */
public record BookHolder(UUID tamId, String name, boolean active, long accounts) {}
