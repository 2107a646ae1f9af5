package dev.facet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.shared.Ids;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request that arrives after the session has ended is told so, never "you do not have
 * permission": htmx gets the signal for the "sign in again" banner, and a full-page post keeps what
 * was typed through signing in, back on the form's page.
 */
@ApplicationTest
class SessionEndedTests {

    private static final String COMMENT = "Customer confirmed the SSO rollout for Friday; kickoff deck sent.";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Test
    void anHtmxClickWithoutASessionIsToldTheSessionEnded() throws Exception {
        UUID cta = Ids.newId();
        mvc.perform(post("/ctas/" + cta + "/tasks/" + Ids.newId() + "/done")
                        .header("HX-Request", "true")
                        .param("_csrf", "from-the-old-session"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Facet-Session", "ended"));
        mvc.perform(get("/ctas/" + cta + "/enablement-emails").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Facet-Session", "ended"));
    }

    @Test
    void everyPageCarriesTheHiddenSessionEndedBanner() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        Document page = Jsoup.parse(mvc.perform(get("/profile").with(SignedIn.as(tam)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#session-ended[hidden][role=alert]").text()).contains("Your session has ended");
    }

    @Test
    void aCommentPostedAfterTheSessionEndedIsBackInItsFormAfterSigningIn() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        String action = "/ctas/" + Ids.newId() + "/comments";

        var expired = mvc.perform(post(action)
                        .param("_csrf", "from-the-old-session")
                        .param("text", COMMENT)
                        .header("Referer", "http://localhost/profile"))
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
        assertThat(session).isNotNull();
        String login = mvc.perform(get("/login?expired").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(login).select("#login-expired").text()).contains("Your session has ended");

        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", tam.username())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/profile"));

        Document back = Jsoup.parse(mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(back.select("#unsaved-draft").attr("data-draft-action")).isEqualTo(action);
        assertThat(back.select("#unsaved-draft .unsaved-draft-value").text()).isEqualTo(COMMENT);
        assertThat(back.select("#unsaved-draft [data-draft-field][data-name=text]")
                        .attr("value"))
                .isEqualTo(COMMENT);
        assertThat(back.text()).doesNotContain("permission");

        String again = mvc.perform(get("/profile").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(again).select("#unsaved-draft")).as("shown once").isEmpty();
    }

    @Test
    void aStaleTokenInALiveSessionBringsTheTextBackInsteadOfAPermissionError() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        var session = new MockHttpSession();
        String action = "/ctas/" + Ids.newId() + "/comments";

        mvc.perform(post(action)
                        .session(session)
                        .with(SignedIn.as(tam))
                        .with(csrf().useInvalidToken())
                        .param("text", COMMENT)
                        .header("Referer", "http://localhost/profile"))
                .andExpect(redirectedUrl("/profile"));

        Document back = Jsoup.parse(mvc.perform(get("/profile").session(session).with(SignedIn.as(tam)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(back.select("#unsaved-draft .unsaved-draft-value").text()).isEqualTo(COMMENT);
    }

    @Test
    void aPostFromAnotherSiteIsNotKeptAsADraft() throws Exception {
        var answer = mvc.perform(post("/ctas/" + Ids.newId() + "/comments")
                        .param("text", "planted")
                        .header("Referer", "https://evil.example/profile"))
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn();
        var session = answer.getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute(UnsavedDraft.SESSION_ATTRIBUTE))
                .isNull();
    }
}
