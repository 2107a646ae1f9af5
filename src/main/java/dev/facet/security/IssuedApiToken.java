package dev.facet.security;

/** A token just issued: the only moment its value is known. */
public record IssuedApiToken(ApiTokenView token, String value) {}
