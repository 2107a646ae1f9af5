package dev.facet.cta.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment on a CTA. */
public class CommentForm {

    @NotBlank(message = "{cta.comment.required}")
    @Size(max = 4000, message = "{cta.comment.tooLong}")
    private @Nullable String body;

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }
}
