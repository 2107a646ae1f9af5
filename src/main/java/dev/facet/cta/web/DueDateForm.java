package dev.facet.cta.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Move a CTA's due date, optionally with its open tasks; the version catches stale edits. */
public class DueDateForm {

    @NotNull(message = "{cta.dueDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    private boolean moveOpenTasks;

    private long version;

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isMoveOpenTasks() {
        return moveOpenTasks;
    }

    public void setMoveOpenTasks(boolean moveOpenTasks) {
        this.moveOpenTasks = moveOpenTasks;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
