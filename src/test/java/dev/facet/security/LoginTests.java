package dev.facet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.support.ApplicationTest;
import dev.facet.support.BrowserSession;
import dev.facet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Form login, throttling, roles, CSRF and the security headers, through the real filter chain. */
@ApplicationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    RestTestClient http;

    @Autowired
    ApiTokenManagement tokens;

    @Test
    void signsInWithTheRightPassword() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        mvc.perform(formLogin().user(tam.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void answersAWrongPasswordAndAnUnknownUserAlike() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        mvc.perform(formLogin().user(tam.username()).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-" + tam.username()).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(
                        content().string(Matchers.containsString("Wrong username or password, or too many attempts")));
    }

    @Test
    void locksAUsernameAfterTenFailures() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        for (int i = 0; i < 10; i++) {
            mvc.perform(formLogin().user(tam.username()).password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // even the right password is refused while the lock lasts, with the same answer
        mvc.perform(formLogin().user(tam.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void refusesADeactivatedUser() throws Exception {
        UserView admin = TestData.user(users, Role.ADMIN);
        UserView tam = TestData.user(users, Role.TAM);
        users.deactivate(tam.id(), SignedIn.currentUser(admin));
        mvc.perform(formLogin().user(tam.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void sendsPagesToLoginFirst() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().isFound());
    }

    @Test
    void setsTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(header().string(
                                "Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("X-Frame-Options"));
    }

    @Test
    void keepsTamsOutOfAdminPagesWithAFriendlyPage() {
        UserView tam = TestData.user(users, Role.TAM);
        var response =
                BrowserSession.signIn(http, tam.username(), TestData.PASSWORD).get("/admin/users");
        assertThat(response.getStatus().value()).isEqualTo(403);
        assertThat(response.getResponseBody())
                .contains("Not allowed")
                .doesNotContain("Exception", "at dev.facet", "??");
    }

    @Test
    void showsAFriendlyErrorPageForABadParameter() {
        UserView tam = TestData.user(users, Role.TAM);
        var response =
                BrowserSession.signIn(http, tam.username(), TestData.PASSWORD).get("/accounts/not-a-uuid");
        assertThat(response.getStatus().value()).isEqualTo(400);
        assertThat(response.getResponseBody())
                .contains("The request could not be completed")
                .doesNotContain("Exception");
    }

    @Test
    void needsACsrfTokenForBrowserPosts() throws Exception {
        UserView admin = TestData.user(users, Role.ADMIN);
        String name = TestData.unique("without csrf");
        // Refused, and not as a permission problem: back to the form, with what was typed kept.
        mvc.perform(post("/admin/api-tokens")
                        .param("name", name)
                        .with(SignedIn.as(admin))
                        .header("Referer", "http://localhost/admin/api-tokens"))
                .andExpect(redirectedUrl("/admin/api-tokens"));
        assertThat(tokens.list()).extracting(ApiTokenView::name).doesNotContain(name);
        mvc.perform(post("/admin/api-tokens")
                        .param("name", "with csrf")
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attribute("issuedValue", Matchers.startsWith(ApiTokenManagement.PREFIX)));
    }

    @Test
    void showsAFriendlyNotFoundPage() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        String page = mvc.perform(
                        get("/accounts/00000000-0000-0000-0000-000000000000").with(SignedIn.as(tam)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Not found").doesNotContain("Exception");
    }
}
