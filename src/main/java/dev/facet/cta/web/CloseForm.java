package dev.facet.cta.web;

import dev.facet.cta.CtaStatus;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Close a CTA with one of the closed statuses; the closed date defaults to today and may not be after it. */
public class CloseForm {

    @NotNull(message = "{cta.close.status.required}")
    private @Nullable CtaStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate closedDate;

    private @Nullable Long version;

    /** Ticked after the page said how many tasks are still open: close anyway. */
    private boolean confirmOpenTasks;

    public boolean isConfirmOpenTasks() {
        return confirmOpenTasks;
    }

    public void setConfirmOpenTasks(boolean confirmOpenTasks) {
        this.confirmOpenTasks = confirmOpenTasks;
    }

    public @Nullable CtaStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable CtaStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getClosedDate() {
        return closedDate;
    }

    public void setClosedDate(@Nullable LocalDate closedDate) {
        this.closedDate = closedDate;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
