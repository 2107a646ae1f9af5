package dev.facet.email.program;

/** An email's subject and body with the tokens replaced, as the customer would read them. */
public record EnablementPreview(String subject, String body) {}
