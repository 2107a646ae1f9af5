package dev.facet.report.web;

import dev.facet.report.ReportSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The admin's form for when the weekly report goes out. */
public class ReportSettingsForm {

    @NotNull
    private @Nullable DayOfWeek dayOfWeek;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime localTime;

    @NotBlank
    @Size(max = 64)
    private String timeZone = "UTC";

    private long version;

    static ReportSettingsForm of(ReportSettings settings) {
        var form = new ReportSettingsForm();
        form.dayOfWeek = settings.dayOfWeek();
        form.localTime = settings.localTime();
        form.timeZone = settings.timeZone().getId();
        form.version = settings.version();
        return form;
    }

    public @Nullable DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(@Nullable DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public @Nullable LocalTime getLocalTime() {
        return localTime;
    }

    public void setLocalTime(@Nullable LocalTime localTime) {
        this.localTime = localTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
