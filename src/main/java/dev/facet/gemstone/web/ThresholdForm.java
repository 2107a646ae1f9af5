package dev.facet.gemstone.web;

import dev.facet.gemstone.GemstoneThresholds;
import dev.facet.gemstone.ThresholdSettings;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The admin's form for the gemstone table. */
public class ThresholdForm {

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long diamondSeats;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long diamondTopTierSeats;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal diamondTav;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long pearlSeats;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long pearlTopTierSeats;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal pearlTav;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long sapphireSeats;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal sapphirePremiumTav;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Long rubySeats;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal rubyTav;

    private long version;

    static ThresholdForm of(ThresholdSettings settings) {
        GemstoneThresholds t = settings.thresholds();
        var form = new ThresholdForm();
        form.diamondSeats = t.diamondSeats();
        form.diamondTopTierSeats = t.diamondTopTierSeats();
        form.diamondTav = t.diamondTav();
        form.pearlSeats = t.pearlSeats();
        form.pearlTopTierSeats = t.pearlTopTierSeats();
        form.pearlTav = t.pearlTav();
        form.sapphireSeats = t.sapphireSeats();
        form.sapphirePremiumTav = t.sapphirePremiumTav();
        form.rubySeats = t.rubySeats();
        form.rubyTav = t.rubyTav();
        form.version = settings.version();
        return form;
    }

    /** Only called once Bean Validation passed, so every field is set. */
    @SuppressWarnings("NullAway")
    GemstoneThresholds thresholds() {
        return new GemstoneThresholds(
                diamondSeats,
                diamondTopTierSeats,
                diamondTav,
                pearlSeats,
                pearlTopTierSeats,
                pearlTav,
                sapphireSeats,
                sapphirePremiumTav,
                rubySeats,
                rubyTav);
    }

    public @Nullable Long getDiamondSeats() {
        return diamondSeats;
    }

    public void setDiamondSeats(@Nullable Long diamondSeats) {
        this.diamondSeats = diamondSeats;
    }

    public @Nullable Long getDiamondTopTierSeats() {
        return diamondTopTierSeats;
    }

    public void setDiamondTopTierSeats(@Nullable Long diamondTopTierSeats) {
        this.diamondTopTierSeats = diamondTopTierSeats;
    }

    public @Nullable BigDecimal getDiamondTav() {
        return diamondTav;
    }

    public void setDiamondTav(@Nullable BigDecimal diamondTav) {
        this.diamondTav = diamondTav;
    }

    public @Nullable Long getPearlSeats() {
        return pearlSeats;
    }

    public void setPearlSeats(@Nullable Long pearlSeats) {
        this.pearlSeats = pearlSeats;
    }

    public @Nullable Long getPearlTopTierSeats() {
        return pearlTopTierSeats;
    }

    public void setPearlTopTierSeats(@Nullable Long pearlTopTierSeats) {
        this.pearlTopTierSeats = pearlTopTierSeats;
    }

    public @Nullable BigDecimal getPearlTav() {
        return pearlTav;
    }

    public void setPearlTav(@Nullable BigDecimal pearlTav) {
        this.pearlTav = pearlTav;
    }

    public @Nullable Long getSapphireSeats() {
        return sapphireSeats;
    }

    public void setSapphireSeats(@Nullable Long sapphireSeats) {
        this.sapphireSeats = sapphireSeats;
    }

    public @Nullable BigDecimal getSapphirePremiumTav() {
        return sapphirePremiumTav;
    }

    public void setSapphirePremiumTav(@Nullable BigDecimal sapphirePremiumTav) {
        this.sapphirePremiumTav = sapphirePremiumTav;
    }

    public @Nullable Long getRubySeats() {
        return rubySeats;
    }

    public void setRubySeats(@Nullable Long rubySeats) {
        this.rubySeats = rubySeats;
    }

    public @Nullable BigDecimal getRubyTav() {
        return rubyTav;
    }

    public void setRubyTav(@Nullable BigDecimal rubyTav) {
        this.rubyTav = rubyTav;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
