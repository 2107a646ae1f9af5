package dev.facet.cta.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Snooze a CTA until a date, for a reason. */
public class SnoozeForm {

    @NotNull(message = "{cta.snooze.until.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate until;

    @NotBlank(message = "{cta.snooze.reason.required}")
    @Size(max = 500, message = "{cta.snooze.reason.tooLong}")
    private @Nullable String reason;

    public @Nullable LocalDate getUntil() {
        return until;
    }

    public void setUntil(@Nullable LocalDate until) {
        this.until = until;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
