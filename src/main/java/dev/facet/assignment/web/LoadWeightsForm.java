package dev.facet.assignment.web;

import dev.facet.assignment.LoadWeights;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The admin's form for the load weights; each weight a whole number from 0 to 100. */
public class LoadWeightsForm {

    private static final String RANGE = "{assignment.weights.range}";

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer openOnboarding;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer diamond;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer pearl;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer sapphire;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer ruby;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer quartz;

    @NotNull(message = RANGE)
    @Min(value = 0, message = RANGE)
    @Max(value = LoadWeights.MAX_WEIGHT, message = RANGE)
    private @Nullable Integer unclassified;

    private long version;

    static LoadWeightsForm of(LoadWeights weights) {
        LoadWeightsForm form = new LoadWeightsForm();
        form.openOnboarding = weights.openOnboarding();
        form.diamond = weights.diamond();
        form.pearl = weights.pearl();
        form.sapphire = weights.sapphire();
        form.ruby = weights.ruby();
        form.quartz = weights.quartz();
        form.unclassified = weights.unclassified();
        form.version = weights.version();
        return form;
    }

    /** Only called once Bean Validation passed, so every weight is there. */
    LoadWeights weights() {
        return new LoadWeights(
                value(openOnboarding),
                value(diamond),
                value(pearl),
                value(sapphire),
                value(ruby),
                value(quartz),
                value(unclassified),
                version);
    }

    private static int value(@Nullable Integer weight) {
        return java.util.Objects.requireNonNull(weight);
    }

    public @Nullable Integer getOpenOnboarding() {
        return openOnboarding;
    }

    public void setOpenOnboarding(@Nullable Integer openOnboarding) {
        this.openOnboarding = openOnboarding;
    }

    public @Nullable Integer getDiamond() {
        return diamond;
    }

    public void setDiamond(@Nullable Integer diamond) {
        this.diamond = diamond;
    }

    public @Nullable Integer getPearl() {
        return pearl;
    }

    public void setPearl(@Nullable Integer pearl) {
        this.pearl = pearl;
    }

    public @Nullable Integer getSapphire() {
        return sapphire;
    }

    public void setSapphire(@Nullable Integer sapphire) {
        this.sapphire = sapphire;
    }

    public @Nullable Integer getRuby() {
        return ruby;
    }

    public void setRuby(@Nullable Integer ruby) {
        this.ruby = ruby;
    }

    public @Nullable Integer getQuartz() {
        return quartz;
    }

    public void setQuartz(@Nullable Integer quartz) {
        this.quartz = quartz;
    }

    public @Nullable Integer getUnclassified() {
        return unclassified;
    }

    public void setUnclassified(@Nullable Integer unclassified) {
        this.unclassified = unclassified;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
