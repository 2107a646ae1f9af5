package dev.facet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.report.web.ReportSettingsForm;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin's weekly report settings; in the mail context, since they are global. */
@MailContextTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportSettingsPagesTests {

    @Autowired
    ReportManagement reports;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void theDefaultsAreMondaySevenInTheTeamTimeZone() {
        // Runs first: the other tests (the only ones that touch these settings) change them.
        ReportSettings settings = reports.settings();
        assertThat(settings.dayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(settings.localTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void anAdminChangesWhenTheReportGoesOut() throws Exception {
        RequestPostProcessor admin = admin();
        String page = mvc.perform(get("/admin/report-settings").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Next report:");

        mvc.perform(post("/admin/report-settings")
                        .with(csrf())
                        .with(admin)
                        .param("dayOfWeek", "TUESDAY")
                        .param("localTime", "08:30")
                        .param("timeZone", "Europe/Berlin")
                        .param("version", String.valueOf(reports.settings().version())))
                .andExpect(redirectedUrl("/admin/report-settings"))
                .andExpect(flash().attribute("message", "report.settings.saved"));

        ReportSettings saved = reports.settings();
        assertThat(saved.dayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(saved.localTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(mvc.perform(get("/admin/report-settings").with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("value=\"08:30\"")
                .contains("<option value=\"TUESDAY\" selected=\"selected\">Tuesday</option>");
    }

    @Test
    void anUnknownTimeZoneOrAMissingTimeIsRefusedWith422() throws Exception {
        long version = reports.settings().version();
        mvc.perform(post("/admin/report-settings")
                        .with(csrf())
                        .with(admin())
                        .param("dayOfWeek", "MONDAY")
                        .param("localTime", "07:00")
                        .param("timeZone", "Atlantis/Capital")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "report.settings.timeZone.invalid"));
        mvc.perform(post("/admin/report-settings")
                        .with(csrf())
                        .with(admin())
                        .param("dayOfWeek", "MONDAY")
                        .param("localTime", "")
                        .param("timeZone", "UTC")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "localTime"));
        assertThat(reports.settings().version()).isEqualTo(version);
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsTheTypedValues() throws Exception {
        ReportSettings seen = reports.settings();
        reports.changeSettings(DayOfWeek.WEDNESDAY, LocalTime.of(6, 0), "UTC", seen.version());

        MvcResult result = mvc.perform(post("/admin/report-settings")
                        .with(csrf())
                        .with(admin())
                        .param("dayOfWeek", "FRIDAY")
                        .param("localTime", "16:45")
                        .param("timeZone", "Asia/Tokyo")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn();

        ReportSettingsForm form =
                (ReportSettingsForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(form.getLocalTime()).isEqualTo(LocalTime.of(16, 45));
        assertThat(form.getTimeZone()).isEqualTo("Asia/Tokyo");
        assertThat(form.getVersion()).isEqualTo(seen.version() + 1);
        assertThat(reports.settings().dayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void onlyAdminsChangeTheSettings() throws Exception {
        mvc.perform(get("/admin/report-settings").with(SignedIn.as(TestData.user(users, Role.MANAGER))))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor admin() {
        return SignedIn.as(TestData.user(users, Role.ADMIN));
    }
}
