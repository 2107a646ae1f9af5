package dev.facet.playbook.web;

import dev.facet.playbook.PlaybookTemplateSummary;
import dev.facet.playbook.PlaybookVersionView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Name, description and target days of a template, with the version number the admin saw. */
public class EditTemplateForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String name;

    @Size(max = 2000)
    private String description = "";

    @NotNull
    @Min(1)
    @Max(365)
    private @Nullable Integer targetDays;

    private int expectedVersion;

    static EditTemplateForm of(PlaybookTemplateSummary template, PlaybookVersionView current) {
        var form = new EditTemplateForm();
        form.name = template.name();
        form.description = template.description();
        form.targetDays = current.targetDays();
        form.expectedVersion = current.version();
        return form;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    public @Nullable Integer getTargetDays() {
        return targetDays;
    }

    public void setTargetDays(@Nullable Integer targetDays) {
        this.targetDays = targetDays;
    }

    public int getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(int expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
