package dev.facet.metrics;

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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin page of the time-to-value goals. It changes global data, so it has a database of its own. */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=time-to-value-settings")
class MetricGoalAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    TimeToValueManagement timeToValue;

    UserView admin;

    @BeforeEach
    void setUp() {
        admin = TestData.user(users, Role.ADMIN);
    }

    @AfterEach
    void restoreTheHandbookGoals() {
        List<MetricGoalView> now = timeToValue.goalSettings();
        timeToValue.changeGoals(
                List.of(
                        new GoalChange(
                                TimeToValueMetric.TIME_TO_ENGAGE, 14, now.get(0).version()),
                        new GoalChange(
                                TimeToValueMetric.TIME_TO_FIRST_VALUE,
                                30,
                                now.get(1).version()),
                        new GoalChange(
                                TimeToValueMetric.TIME_TO_ONBOARD,
                                45,
                                now.get(2).version())),
                SignedIn.currentUser(admin));
    }

    @Test
    void theAdminIndexLeadsToTheGoalsWhichTheAdminChanges() throws Exception {
        assertThat(body(mvc.perform(get("/admin").with(SignedIn.as(admin))).andExpect(status().isOk())))
                .contains("href=\"/admin/metric-goals\"")
                .contains("Time-to-value goals");
        String page = body(
                mvc.perform(get("/admin/metric-goals").with(SignedIn.as(admin))).andExpect(status().isOk()));
        assertThat(page).contains("value=\"14\"").contains("value=\"30\"").contains("value=\"45\"");

        mvc.perform(save(21, 30, 60, versions()))
                .andExpect(redirectedUrl("/admin/metric-goals"))
                .andExpect(flash().attribute("message", "metrics.goals.saved"));

        assertThat(timeToValue.goals()).isEqualTo(new MetricGoals(21, 30, 60));
        // an unchanged goal keeps its version, the changed ones moved on
        assertThat(timeToValue.goalSettings())
                .extracting(MetricGoalView::version)
                .containsExactly(1L, 0L, 1L);
    }

    @Test
    void aStaleEditIsAConflictThatKeepsWhatTheAdminTyped() throws Exception {
        long[] seen = versions();
        mvc.perform(save(20, 30, 45, seen)).andExpect(status().isFound());

        String conflict = body(mvc.perform(save(10, 25, 45, seen)).andExpect(status().isConflict()));
        assertThat(conflict)
                .contains("Another admin changed the goals while you were editing")
                .contains("value=\"10\"")
                .contains("value=\"25\"");
        assertThat(timeToValue.goals()).isEqualTo(new MetricGoals(20, 30, 45));

        // the form now carries the current versions: saving again replaces the other admin's goals
        mvc.perform(save(10, 25, 45, versions())).andExpect(status().isFound());
        assertThat(timeToValue.goals()).isEqualTo(new MetricGoals(10, 25, 45));
    }

    @Test
    void goalsOutsideOneToThreeThousandSixHundredFiftyDaysAreFieldErrors() throws Exception {
        String rejected = body(mvc.perform(post("/admin/metric-goals")
                        .param("timeToEngage", "0")
                        .param("timeToFirstValue", "3651")
                        .param("timeToOnboard", "many")
                        .param("timeToEngageVersion", "0")
                        .param("timeToFirstValueVersion", "0")
                        .param("timeToOnboardVersion", "0")
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(rejected)
                .contains("A goal is between 1 and 3650 days")
                .contains("Give a whole number of days")
                .contains("value=\"3651\"");
        assertThat(timeToValue.goals()).isEqualTo(new MetricGoals(14, 30, 45));
    }

    @Test
    void onlyAdminsSeeTheGoals() throws Exception {
        UserView manager = TestData.user(users, Role.MANAGER);
        mvc.perform(get("/admin/metric-goals").with(SignedIn.as(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/metric-goals")
                        .param("timeToEngage", "1")
                        .param("timeToFirstValue", "1")
                        .param("timeToOnboard", "1")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(timeToValue.goals()).isEqualTo(new MetricGoals(14, 30, 45));
    }

    private long[] versions() {
        return timeToValue.goalSettings().stream()
                .mapToLong(MetricGoalView::version)
                .toArray();
    }

    private MockHttpServletRequestBuilder save(int engage, int firstValue, int onboard, long[] versions) {
        return post("/admin/metric-goals")
                .param("timeToEngage", String.valueOf(engage))
                .param("timeToFirstValue", String.valueOf(firstValue))
                .param("timeToOnboard", String.valueOf(onboard))
                .param("timeToEngageVersion", String.valueOf(versions[0]))
                .param("timeToFirstValueVersion", String.valueOf(versions[1]))
                .param("timeToOnboardVersion", String.valueOf(versions[2]))
                .with(SignedIn.as(admin))
                .with(csrf());
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
