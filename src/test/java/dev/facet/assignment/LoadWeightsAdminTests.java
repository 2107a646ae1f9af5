package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin page for the load weights: saved, refused when stale (409) or out of range (422). */
@ApplicationTest
class LoadWeightsAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AssignmentManagement assignments;

    UserView admin;
    LoadWeights original;

    @BeforeEach
    void setUp() {
        admin = TestData.user(users, Role.ADMIN);
        original = assignments.weights();
    }

    @AfterEach
    void restoreTheWeightsOtherTestsRankWith() {
        LoadWeights now = assignments.weights();
        assignments.changeWeights(
                new LoadWeights(
                        original.openOnboarding(),
                        original.diamond(),
                        original.pearl(),
                        original.sapphire(),
                        original.ruby(),
                        original.quartz(),
                        original.unclassified(),
                        now.version()),
                SignedIn.currentUser(admin));
    }

    @Test
    void anAdminSavesTheWeights() throws Exception {
        assertThat(mvc.perform(get("/admin/load-weights").with(SignedIn.as(admin)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Load weights")
                .contains("name=\"diamond\"");
        assertThat(mvc.perform(get("/admin").with(SignedIn.as(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/admin/load-weights");

        mvc.perform(form(original.version(), "7"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/load-weights"))
                .andExpect(flash().attribute("message", "assignment.weights.saved"));

        assertThat(assignments.weights().diamond()).isEqualTo(7);
        assertThat(assignments.weights().version()).isEqualTo(original.version() + 1);
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsWhatWasTyped() throws Exception {
        mvc.perform(form(original.version(), "8")).andExpect(status().isFound());

        String page = mvc.perform(form(original.version(), "9"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Another admin saved the weights meanwhile").contains("value=\"9\"");
        assertThat(assignments.weights().diamond()).isEqualTo(8);
    }

    @Test
    void aWeightOutOfRangeIsAFieldError() throws Exception {
        for (String bad : new String[] {"101", "-1", ""}) {
            assertThat(mvc.perform(form(original.version(), bad))
                            .andExpect(status().isUnprocessableContent())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("A weight is a whole number from 0 to 100.");
        }
        assertThat(assignments.weights()).isEqualTo(original);
    }

    @Test
    void onlyAdminsEditTheWeights() throws Exception {
        UserView manager = TestData.user(users, Role.MANAGER);
        mvc.perform(get("/admin/load-weights").with(SignedIn.as(manager))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(long version, String diamond) {
        return post("/admin/load-weights")
                .param("openOnboarding", String.valueOf(original.openOnboarding()))
                .param("diamond", diamond)
                .param("pearl", String.valueOf(original.pearl()))
                .param("sapphire", String.valueOf(original.sapphire()))
                .param("ruby", String.valueOf(original.ruby()))
                .param("quartz", String.valueOf(original.quartz()))
                .param("unclassified", String.valueOf(original.unclassified()))
                .param("version", String.valueOf(version))
                .with(SignedIn.as(admin))
                .with(csrf());
    }
}
