package dev.facet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboards' pages, exports, role access and the home page of each role. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    FixedDataSet data;
    LocalDate today;

    @BeforeAll
    void createDataSet() {
        today = LocalDate.now(clock);
        data = FixedDataSet.create(users, jdbc, today);
    }

    @Test
    void homeLeadsEachRoleToItsFirstQuestionOfTheDay() throws Exception {
        expectHome(TestData.user(users, Role.MANAGER), "/manager");
        expectHome(TestData.user(users, Role.TAM), "/dashboard");
        expectHome(TestData.user(users, Role.ADMIN), "/admin");
    }

    private void expectHome(UserView user, String path) throws Exception {
        mvc.perform(get("/").with(SignedIn.as(user))).andExpect(redirectedUrl(path));
    }

    @Test
    void theTamDashboardIsForTamsAndManagers() throws Exception {
        mvc.perform(get("/dashboard").with(SignedIn.as(TestData.user(users, Role.ADMIN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(SignedIn.as(TestData.user(users, Role.MANAGER))))
                .andExpect(status().isOk());
        mvc.perform(get("/onboarding").with(SignedIn.as(TestData.user(users, Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Test
    void malformedFiltersAreABadRequest() throws Exception {
        mvc.perform(get("/onboarding").param("from", "last spring").with(SignedIn.as(data.tam())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/onboarding/burn-down.csv").with(SignedIn.as(data.tam())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aTamSeesTheirOnboardingsTasksAndSnoozedItems() throws Exception {
        mvc.perform(get("/dashboard").with(SignedIn.as(data.tam())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-onboarding-" + data.c1Cta() + "\"")))
                .andExpect(content().string(containsString("Day 10 of 45")))
                .andExpect(content().string(containsString("Accounts in onboarding (4)")))
                .andExpect(content().string(containsString("Overdue tasks (2)")))
                .andExpect(content().string(containsString("Due this week (2)")))
                .andExpect(content().string(containsString("Snoozed (1)")))
                .andExpect(content().string(containsString("/ctas/" + data.riskCta())));
    }

    @Test
    void theOnboardingDashboardShowsFiguresThatLinkToTheirAccounts() throws Exception {
        String tam = data.tam().id().toString();
        mvc.perform(get("/onboarding").param("tam", tam).with(SignedIn.as(data.tam())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not engaged after 14 days (1)")))
                .andExpect(content().string(containsString("No first value after 30 days (2)")))
                .andExpect(content().string(containsString("Not onboarded after 45 days (2)")))
                .andExpect(content().string(containsString("id=\"onboarding-" + data.a3Cta() + "\"")))
                .andExpect(content()
                        .string(containsString(
                                "/onboarding/accounts?tam=" + tam + "&amp;metric=TIME_TO_ENGAGE&amp;state=MET")))
                .andExpect(content().string(containsString("id=\"share-chart\"")))
                .andExpect(content().string(containsString("data-chart=\"{&quot;type&quot;:&quot;bar&quot;")))
                .andExpect(content().string(containsString("2025-01")));

        mvc.perform(get("/onboarding/accounts")
                        .param("tam", tam)
                        .param("metric", "TIME_TO_ENGAGE")
                        .param("state", "MET")
                        .with(SignedIn.as(data.tam())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 onboardings")))
                .andExpect(content().string(containsString("/accounts/" + data.a1())))
                .andExpect(content().string(not(containsString("/accounts/" + data.a2()))));
    }

    @Test
    void burnDownExportHasAHeaderQuotesCellsAndDefusesFormulas() throws Exception {
        var response = mvc.perform(get("/onboarding/burn-down.csv")
                        .param("list", "NO_FIRST_VALUE")
                        .param("tam", data.tam().id().toString())
                        .with(SignedIn.as(data.tam())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("onboarding-no-first-value.csv")))
                .andReturn()
                .getResponse();
        List<String> lines =
                List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("account,account_id,tam,cta_status,start_date");
        String escaped = "\"'" + data.c3Name().replace("\"", "\"\"") + "\"";
        assertThat(lines.get(1)).startsWith(escaped + "," + data.c3() + ",");
        assertThat(lines.get(1)).contains("," + today.minusDays(60) + ",").contains(",OVERDUE,");
        assertThat(lines.get(2)).startsWith("C2 ");
    }

    @Test
    void everyListExportsWithTheSameFilters() throws Exception {
        String tam = data.tam().id().toString();
        assertThat(csv("/onboarding/accounts.csv?tam=" + tam + "&status=AT_RISK"))
                .hasSize(2);
        assertThat(csv("/onboarding/cohorts.csv?tam=" + tam + "&from=2025-01&to=2025-01"))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("2025-01,3,2,1,0,0,66.7,5.0,");
        assertThat(csv("/dashboard/onboardings.csv")).hasSize(5);
        assertThat(csv("/dashboard/overdue-tasks.csv"))
                .hasSize(3)
                .element(1)
                .asString()
                .contains("Escalate");
        assertThat(csv("/dashboard/week-tasks.csv")).hasSize(3);
        assertThat(csv("/dashboard/snoozed.csv")).hasSize(2).last().asString().contains("Customer on holiday");
    }

    private List<String> csv(String url) throws Exception {
        String body = mvc.perform(get(url).with(SignedIn.as(data.tam())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return List.of(body.split("\r\n"));
    }
}
