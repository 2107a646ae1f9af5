package dev.facet.cta;

import java.time.Instant;
import java.util.UUID;

public record CtaCommentView(
        UUID id, UUID authorId, String authorName, CommentKind kind, String body, Instant createdAt) {}
