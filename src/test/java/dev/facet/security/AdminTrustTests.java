package dev.facet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin screens do exactly what was asked once: one token per click, one email per user. */
@ApplicationTest
class AdminTrustTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    ApiTokenManagement tokens;

    @Test
    void anIssuedTokenIsShownOnceAndRefreshingIssuesNoOther() throws Exception {
        UserView admin = TestData.user(users, Role.ADMIN);
        String name = TestData.unique("crm");

        var issued = mvc.perform(post("/admin/api-tokens")
                        .param("name", name)
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andReturn();
        var shown = Jsoup.parse(
                mvc.perform(get("/admin/api-tokens").with(SignedIn.as(admin)).flashAttrs(issued.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(shown.select("#issued-token code").text()).startsWith(ApiTokenManagement.PREFIX);

        // The refresh is a GET of the page: no value, no second token.
        var refreshed = Jsoup.parse(mvc.perform(get("/admin/api-tokens").with(SignedIn.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refreshed.select("#issued-token")).isEmpty();
        assertThat(tokens.list()).filteredOn(t -> t.name().equals(name)).hasSize(1);
    }

    @Test
    void twoUsersNeverShareAnEmail() throws Exception {
        UserView admin = TestData.user(users, Role.ADMIN);
        UserView taken = TestData.user(users, Role.TAM);
        String username = TestData.unique("twin");

        String refused = mvc.perform(newUser(username, taken.email().toUpperCase(Locale.ROOT))
                        .with(SignedIn.as(admin)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select(".invalid-feedback").text())
                .contains("Another user has this email address");
        assertThat(users.findByUsername(username)).isEmpty();

        UserView other = TestData.user(users, Role.TAM);
        String changed = mvc.perform(post("/admin/users/" + other.id())
                        .param("username", other.username())
                        .param("displayName", other.displayName())
                        .param("email", taken.email())
                        .param("roles", "TAM")
                        .param("timeZone", "UTC")
                        .param("version", "0")
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(changed).select(".invalid-feedback").text())
                .contains("Another user has this email address");
        assertThat(users.get(other.id()).email()).isEqualTo(other.email());
    }

    private static MockHttpServletRequestBuilder newUser(String username, String email) {
        return post("/admin/users")
                .param("username", username)
                .param("displayName", "Twin")
                .param("email", email)
                .param("password", "a perfectly long passphrase 42")
                .param("roles", "TAM")
                .param("timeZone", "UTC")
                .with(csrf());
    }
}
