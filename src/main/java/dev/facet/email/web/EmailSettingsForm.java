package dev.facet.email.web;

import dev.facet.email.EmailProgramSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The program's spacing and sender as the admin types them, with the version they started from. */
public class EmailSettingsForm {

    @NotNull
    @Min(EmailProgramSettings.MIN_SPACING_DAYS)
    @Max(EmailProgramSettings.MAX_SPACING_DAYS)
    private @Nullable Integer spacingDays;

    @NotBlank
    @Size(max = 320)
    private String fromAddress = "";

    private long version;

    static EmailSettingsForm of(EmailProgramSettings settings) {
        var form = new EmailSettingsForm();
        form.spacingDays = settings.spacingDays();
        form.fromAddress = settings.fromAddress();
        form.version = settings.version();
        return form;
    }

    /** Only after Bean Validation passed: the spacing is then present. */
    EmailProgramSettings toSettings() {
        return new EmailProgramSettings(spacingDays == null ? 0 : spacingDays, fromAddress, version);
    }

    public @Nullable Integer getSpacingDays() {
        return spacingDays;
    }

    public void setSpacingDays(@Nullable Integer spacingDays) {
        this.spacingDays = spacingDays;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
