package dev.facet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.web.ProfileForm;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every user's profile page: who they are, their time zone, the weekly report and the daily digests. */
@ApplicationTest
class ProfilePagesTests {

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    void theProfileShowsWhoTheUserIs() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        String page = mvc.perform(get("/profile").with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(tam.displayName())
                .contains(tam.email())
                .contains("Email me the weekly onboarding report")
                .contains("Email me the daily reminders")
                .containsPattern("name=\"dailyDigests\" value=\"true\" checked=\"checked\"")
                .contains("<option value=\"UTC\" selected=\"selected\">UTC</option>");
    }

    @Test
    void aUserSubscribesToTheWeeklyReportAndLeavesItAgain() throws Exception {
        UserView manager = TestData.user(users, Role.MANAGER);

        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(manager))
                        .param("timeZone", "Europe/Berlin")
                        .param("weeklyReport", "true")
                        .param("_weeklyReport", "on")
                        .param("version", String.valueOf(manager.version())))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("message", "profile.saved"));

        UserView subscribed = users.get(manager.id());
        assertThat(subscribed.weeklyReport()).isTrue();
        assertThat(subscribed.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(users.weeklyReportSubscribers()).extracting(UserView::id).contains(manager.id());

        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(manager))
                        .param("timeZone", "Europe/Berlin")
                        .param("_weeklyReport", "on")
                        .param("version", String.valueOf(subscribed.version())))
                .andExpect(redirectedUrl("/profile"));

        assertThat(users.get(manager.id()).weeklyReport()).isFalse();
        assertThat(users.weeklyReportSubscribers()).extracting(UserView::id).doesNotContain(manager.id());
    }

    @Test
    void aUserSwitchesTheDailyDigestsOffAndOnAgain() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        assertThat(tam.dailyDigests()).as("on for a new user").isTrue();
        assertThat(users.dailyDigestRecipients()).extracting(UserView::id).contains(tam.id());

        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(tam))
                        .param("timeZone", "UTC")
                        .param("_weeklyReport", "on")
                        .param("_dailyDigests", "on")
                        .param("version", String.valueOf(tam.version())))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("message", "profile.saved"));

        UserView off = users.get(tam.id());
        assertThat(off.dailyDigests()).isFalse();
        assertThat(users.dailyDigestRecipients()).extracting(UserView::id).doesNotContain(tam.id());
        assertThat(mvc.perform(get("/profile").with(SignedIn.as(tam)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContainPattern("name=\"dailyDigests\" value=\"true\" checked");

        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(tam))
                        .param("timeZone", "UTC")
                        .param("_weeklyReport", "on")
                        .param("dailyDigests", "true")
                        .param("_dailyDigests", "on")
                        .param("version", String.valueOf(off.version())))
                .andExpect(redirectedUrl("/profile"));

        assertThat(users.get(tam.id()).dailyDigests()).isTrue();
        assertThat(users.dailyDigestRecipients()).extracting(UserView::id).contains(tam.id());
    }

    @Test
    void deactivatedUsersGetNoReport() {
        UserView tam = TestData.user(users, Role.TAM);
        users.changeProfile(tam.id(), new ProfileChanges("UTC", true, true, tam.version()));
        assertThat(users.weeklyReportSubscribers()).extracting(UserView::id).contains(tam.id());

        users.deactivate(tam.id(), SignedIn.currentUser(TestData.user(users, Role.ADMIN)));

        assertThat(users.weeklyReportSubscribers()).extracting(UserView::id).doesNotContain(tam.id());
        assertThat(users.dailyDigestRecipients()).extracting(UserView::id).doesNotContain(tam.id());
    }

    @Test
    void anUnknownTimeZoneIsRefusedWith422() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);

        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(tam))
                        .param("timeZone", "Mars/Olympus_Mons")
                        .param("weeklyReport", "true")
                        .param("version", String.valueOf(tam.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "user.timeZone.invalid"));

        assertThat(users.get(tam.id()).timeZone()).isEqualTo("UTC");
        assertThat(users.get(tam.id()).weeklyReport()).isFalse();
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsTheTypedValues() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        // An admin changed the user meanwhile.
        users.change(
                tam.id(),
                new UserChanges(tam.displayName(), tam.email(), tam.roles(), null, "Asia/Tokyo", tam.version()));

        MvcResult result = mvc.perform(post("/profile")
                        .with(csrf())
                        .with(SignedIn.as(tam))
                        .param("timeZone", "Europe/Lisbon")
                        .param("weeklyReport", "true")
                        .param("version", String.valueOf(tam.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn();

        ProfileForm form = (ProfileForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getTimeZone()).isEqualTo("Europe/Lisbon");
        assertThat(form.isWeeklyReport()).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("Someone else saved this record");
        assertThat(users.get(tam.id()).timeZone()).isEqualTo("Asia/Tokyo");
    }
}
