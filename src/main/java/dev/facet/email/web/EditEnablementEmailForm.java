package dev.facet.email.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A TAM's subject and body for one enablement email, as template text with tokens. */
public class EditEnablementEmailForm {

    @NotBlank(message = "{enablement.edit.subject.required}")
    @Size(max = 300, message = "{enablement.edit.subject.tooLong}")
    private @Nullable String subject;

    @NotBlank(message = "{enablement.edit.body.required}")
    @Size(max = 20_000, message = "{enablement.edit.body.tooLong}")
    private @Nullable String body;

    @NotNull
    private @Nullable Long version;

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
