package dev.facet.cta;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "cta_comment")
class CtaComment {

    @Id
    private UUID id;

    private UUID ctaId;
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    private CommentKind kind;

    private String body;
    private Instant createdAt;

    protected CtaComment() {}

    CtaComment(UUID ctaId, UUID authorId, CommentKind kind, String body, Instant now) {
        this.id = Ids.newId();
        this.ctaId = ctaId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body.strip();
        this.createdAt = now;
    }

    UUID authorId() {
        return authorId;
    }

    CtaCommentView view(String authorName) {
        return new CtaCommentView(id, authorId, authorName, kind, body, createdAt);
    }
}
