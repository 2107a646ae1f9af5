package dev.facet.team.web;

import dev.facet.team.PlanAudience;
import dev.facet.team.PlanMonth;
import dev.facet.team.TemplateItemInput;
import dev.facet.team.TemplateItemView;
import dev.facet.team.TemplateVersionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A template item as the admin types it, with the version number the admin saw; the section and the
 * criterion are named by their stable ids.
 */
public class TemplateItemForm {

    @NotNull
    private @Nullable PlanAudience audience;

    @NotNull
    private @Nullable PlanMonth month;

    private @Nullable UUID sectionId;
    private @Nullable UUID criterionId;
    private boolean certification;

    @NotBlank
    @Size(max = 300)
    private @Nullable String title;

    @Size(max = 2000)
    private String details = "";

    private int expectedVersion;

    static TemplateItemForm blank(PlanAudience audience, int expectedVersion) {
        var form = new TemplateItemForm();
        form.audience = audience;
        form.month = PlanMonth.MONTH_1;
        form.expectedVersion = expectedVersion;
        return form;
    }

    static TemplateItemForm of(TemplateItemView item, TemplateVersionView version) {
        var form = new TemplateItemForm();
        form.audience = item.audience();
        form.month = item.month();
        form.sectionId = version.sectionStableId(item.sectionId());
        form.criterionId = version.criterionStableId(item.criterionId());
        form.certification = item.certification();
        form.title = item.title();
        form.details = item.details();
        form.expectedVersion = version.version();
        return form;
    }

    /** Only called once Bean Validation passed. */
    TemplateItemInput input() {
        return new TemplateItemInput(
                Objects.requireNonNull(audience),
                Objects.requireNonNull(month),
                sectionId,
                criterionId,
                certification,
                Objects.requireNonNull(title),
                details);
    }

    public @Nullable PlanAudience getAudience() {
        return audience;
    }

    public void setAudience(@Nullable PlanAudience audience) {
        this.audience = audience;
    }

    public @Nullable PlanMonth getMonth() {
        return month;
    }

    public void setMonth(@Nullable PlanMonth month) {
        this.month = month;
    }

    public @Nullable UUID getSectionId() {
        return sectionId;
    }

    public void setSectionId(@Nullable UUID sectionId) {
        this.sectionId = sectionId;
    }

    public @Nullable UUID getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(@Nullable UUID criterionId) {
        this.criterionId = criterionId;
    }

    public boolean isCertification() {
        return certification;
    }

    public void setCertification(boolean certification) {
        this.certification = certification;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(@Nullable String details) {
        this.details = details == null ? "" : details;
    }

    public int getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(int expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
