package dev.facet.cta.web;

import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** "+ CTA" on the account page. */
public class NewCtaForm {

    @NotNull(message = "{cta.new.type.required}")
    private @Nullable CtaType type;

    private @Nullable CtaReason reason;

    @NotNull(message = "{cta.new.priority.required}")
    private @Nullable CtaPriority priority;

    @NotNull(message = "{cta.new.owner.required}")
    private @Nullable UUID ownerId;

    private @Nullable UUID playbookTemplateId;

    @NotNull(message = "{cta.new.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    NewCta toNewCta(UUID accountId) {
        return new NewCta(
                accountId,
                Objects.requireNonNull(type),
                reason,
                Objects.requireNonNull(priority),
                Objects.requireNonNull(ownerId),
                playbookTemplateId,
                Objects.requireNonNull(startDate),
                dueDate);
    }

    public @Nullable CtaType getType() {
        return type;
    }

    public void setType(@Nullable CtaType type) {
        this.type = type;
    }

    public @Nullable CtaReason getReason() {
        return reason;
    }

    public void setReason(@Nullable CtaReason reason) {
        this.reason = reason;
    }

    public @Nullable CtaPriority getPriority() {
        return priority;
    }

    public void setPriority(@Nullable CtaPriority priority) {
        this.priority = priority;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable UUID ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable UUID getPlaybookTemplateId() {
        return playbookTemplateId;
    }

    public void setPlaybookTemplateId(@Nullable UUID playbookTemplateId) {
        this.playbookTemplateId = playbookTemplateId;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
