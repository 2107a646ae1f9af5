package dev.facet.security.web;

import dev.facet.security.UserView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What users edit on their own profile. */
public class ProfileForm {

    @NotBlank
    @Size(max = 64)
    private String timeZone = "UTC";

    private boolean weeklyReport;

    /** On, as for every new user, unless the post carries the unchecked box (its {@code _dailyDigests} marker). */
    private boolean dailyDigests = true;

    private long version;

    static ProfileForm of(UserView user) {
        var form = new ProfileForm();
        form.timeZone = user.timeZone();
        form.weeklyReport = user.weeklyReport();
        form.dailyDigests = user.dailyDigests();
        form.version = user.version();
        return form;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isWeeklyReport() {
        return weeklyReport;
    }

    public void setWeeklyReport(boolean weeklyReport) {
        this.weeklyReport = weeklyReport;
    }

    public boolean isDailyDigests() {
        return dailyDigests;
    }

    public void setDailyDigests(boolean dailyDigests) {
        this.dailyDigests = dailyDigests;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
