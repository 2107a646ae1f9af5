package dev.facet.playbook.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The admin's form for a new playbook template. */
public class CreateTemplateForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{playbook.code.pattern}")
    private @Nullable String code;

    @NotBlank
    @Size(max = 200)
    private @Nullable String name;

    @Size(max = 2000)
    private String description = "";

    @NotNull
    @Min(1)
    @Max(365)
    private @Nullable Integer targetDays = 45;

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
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
}
