package dev.facet.team.web;

import dev.facet.team.TemplateSectionInput;
import dev.facet.team.TemplateSectionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A section (a learning-path module or Sales Quick Start) as the admin types it. */
public class TemplateSectionForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String title;

    @Size(max = 2000)
    private String details = "";

    private int expectedVersion;

    static TemplateSectionForm blank(int expectedVersion) {
        var form = new TemplateSectionForm();
        form.expectedVersion = expectedVersion;
        return form;
    }

    static TemplateSectionForm of(TemplateSectionView section, int expectedVersion) {
        var form = blank(expectedVersion);
        form.title = section.title();
        form.details = section.details();
        return form;
    }

    TemplateSectionInput input() {
        return new TemplateSectionInput(Objects.requireNonNull(title), details);
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
