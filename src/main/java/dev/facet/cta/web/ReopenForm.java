package dev.facet.cta.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Reopen a closed CTA, optionally saying why (the thread and the timeline keep it). */
public class ReopenForm {

    @Size(max = 1000, message = "{cta.reopen.reason.tooLong}")
    private @Nullable String reason;

    private @Nullable Long version;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
