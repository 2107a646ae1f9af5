package dev.facet.team.web;

import java.util.UUID;

/** An account offered in a log form's account list. */
public record AccountChoice(UUID id, String name) {}
