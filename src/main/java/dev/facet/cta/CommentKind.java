package dev.facet.cta;

/** A comment a user wrote, a logged delay, or a note the CTA keeps of an ownership change or a reopening. */
public enum CommentKind {
    COMMENT,
    DELAY,
    OWNERSHIP,
    REOPENED;
}
