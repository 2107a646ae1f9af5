package dev.facet.team.web;

import dev.facet.team.CriterionEvidence;
import dev.facet.team.TemplateCriterionInput;
import dev.facet.team.TemplateCriterionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A graduation criterion as the admin types it. */
public class TemplateCriterionForm {

    @NotBlank
    @Size(max = 500)
    private @Nullable String text;

    @NotNull
    private @Nullable CriterionEvidence evidence = CriterionEvidence.PLAN_ITEMS;

    private int expectedVersion;

    static TemplateCriterionForm blank(int expectedVersion) {
        var form = new TemplateCriterionForm();
        form.expectedVersion = expectedVersion;
        return form;
    }

    static TemplateCriterionForm of(TemplateCriterionView criterion, int expectedVersion) {
        var form = blank(expectedVersion);
        form.text = criterion.text();
        form.evidence = criterion.evidence();
        return form;
    }

    TemplateCriterionInput input() {
        return new TemplateCriterionInput(Objects.requireNonNull(text), Objects.requireNonNull(evidence));
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable CriterionEvidence getEvidence() {
        return evidence;
    }

    public void setEvidence(@Nullable CriterionEvidence evidence) {
        this.evidence = evidence;
    }

    public int getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(int expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
