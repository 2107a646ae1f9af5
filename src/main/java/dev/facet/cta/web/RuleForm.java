package dev.facet.cta.web;

import dev.facet.account.Gemstone;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The admin's form for one trigger rule, carrying the version it is based on. */
public class RuleForm {

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal enterpriseArrThreshold;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal midMarketArrThreshold;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal smbArrThreshold;

    private @Nullable Gemstone minimumGemstone;

    private boolean enabled;

    private int basedOnVersion;

    static RuleForm of(RuleSettings settings) {
        var form = new RuleForm();
        form.enabled = settings.enabled();
        form.enterpriseArrThreshold = settings.enterpriseArrThreshold();
        form.midMarketArrThreshold = settings.midMarketArrThreshold();
        form.smbArrThreshold = settings.smbArrThreshold();
        form.minimumGemstone = settings.minimumGemstone();
        form.basedOnVersion = settings.version();
        return form;
    }

    RuleSettings settings(TriggerRule rule) {
        return new RuleSettings(
                rule,
                basedOnVersion,
                enabled,
                enterpriseArrThreshold,
                midMarketArrThreshold,
                smbArrThreshold,
                minimumGemstone);
    }

    public @Nullable BigDecimal getEnterpriseArrThreshold() {
        return enterpriseArrThreshold;
    }

    public void setEnterpriseArrThreshold(@Nullable BigDecimal enterpriseArrThreshold) {
        this.enterpriseArrThreshold = enterpriseArrThreshold;
    }

    public @Nullable BigDecimal getMidMarketArrThreshold() {
        return midMarketArrThreshold;
    }

    public void setMidMarketArrThreshold(@Nullable BigDecimal midMarketArrThreshold) {
        this.midMarketArrThreshold = midMarketArrThreshold;
    }

    public @Nullable BigDecimal getSmbArrThreshold() {
        return smbArrThreshold;
    }

    public void setSmbArrThreshold(@Nullable BigDecimal smbArrThreshold) {
        this.smbArrThreshold = smbArrThreshold;
    }

    public @Nullable Gemstone getMinimumGemstone() {
        return minimumGemstone;
    }

    public void setMinimumGemstone(@Nullable Gemstone minimumGemstone) {
        this.minimumGemstone = minimumGemstone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(int basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }
}
