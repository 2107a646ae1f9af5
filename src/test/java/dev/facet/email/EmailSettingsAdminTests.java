package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.email.web.EmailSettingsForm;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The program's spacing and sender; in the templates' context of its own, since settings are global. */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=email-templates")
class EmailSettingsAdminTests {

    @Autowired
    EmailTemplateManagement emails;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    void anAdminChangesTheSpacingAndTheSender() throws Exception {
        RequestPostProcessor admin = admin();
        Document page = Jsoup.parse(mvc.perform(get("/admin/email-settings").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        EmailProgramSettings before = emails.settings();
        assertThat(page.select("#spacingDays").val()).isEqualTo(String.valueOf(before.spacingDays()));
        assertThat(page.select("#fromAddress").val()).isEqualTo(before.fromAddress());

        mvc.perform(save(14, "  Enablement Team <enablement@acme-success.example>  ", before.version())
                        .with(admin))
                .andExpect(redirectedUrl("/admin/email-settings"))
                .andExpect(flash().attribute("message", "email.settings.saved"));

        EmailProgramSettings after = emails.settings();
        assertThat(after.spacingDays()).isEqualTo(14);
        assertThat(after.fromAddress()).isEqualTo("Enablement Team <enablement@acme-success.example>");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            spacingDays | fromAddress                                        | field
            0           | Customer Enablement <ce@example.com>               | spacingDays
            61          | Customer Enablement <ce@example.com>               | spacingDays
            seven       | Customer Enablement <ce@example.com>               | spacingDays
            7           | ce@example.com, cc@example.com                     | fromAddress
            7           | Customer Enablement                                | fromAddress
            7           | 'ce@example.com\\r\\nBcc: everyone@example.com'    | fromAddress
            7           | ''                                                 | fromAddress
            """)
    void refusesSpacingOutOfRangeAndAnythingButOneAddress(String spacingDays, String fromAddress, String field)
            throws Exception {
        EmailProgramSettings before = emails.settings();

        mvc.perform(post("/admin/email-settings")
                        .with(csrf())
                        .with(admin())
                        .param("spacingDays", spacingDays)
                        .param("fromAddress", fromAddress.replace("\\r", "\r").replace("\\n", "\n"))
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", field));

        assertThat(emails.settings()).isEqualTo(before);
    }

    @Test
    void theFieldErrorSaysWhatAnAddressLooksLike() throws Exception {
        String page = mvc.perform(
                        save(7, "not an address", emails.settings().version()).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "fromAddress", "email.settings.fromAddress.invalid"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).select("#fromAddress ~ .invalid-feedback").text())
                .contains("Give one email address");
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsTheTypedValues() throws Exception {
        EmailProgramSettings seen = emails.settings();
        emails.changeSettings(
                new EmailProgramSettings(5, "Other <other@example.com>", seen.version()),
                SignedIn.currentUser(TestData.user(users, Role.ADMIN)));

        MvcResult result = mvc.perform(
                        save(21, "Mine <mine@example.com>", seen.version()).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn();

        EmailSettingsForm form =
                (EmailSettingsForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getSpacingDays()).isEqualTo(21);
        assertThat(form.getFromAddress()).isEqualTo("Mine <mine@example.com>");
        assertThat(form.getVersion()).isEqualTo(seen.version() + 1);
        assertThat(emails.settings().fromAddress()).isEqualTo("Other <other@example.com>");
    }

    @Test
    void onlyAnAdminChangesTheSettingsThroughTheModule() {
        EmailProgramSettings before = emails.settings();

        assertThatThrownBy(() -> emails.changeSettings(
                        new EmailProgramSettings(3, "x@example.com", before.version()),
                        SignedIn.currentUser(TestData.user(users, Role.MANAGER))))
                .isInstanceOf(AccessDeniedToObjectException.class);
        assertThat(emails.settings()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder save(int spacingDays, String fromAddress, long version) {
        return post("/admin/email-settings")
                .with(csrf())
                .param("spacingDays", String.valueOf(spacingDays))
                .param("fromAddress", fromAddress)
                .param("version", String.valueOf(version));
    }

    private RequestPostProcessor admin() {
        return SignedIn.as(TestData.user(users, Role.ADMIN));
    }
}
