package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.account.LifecycleStage;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.Ctas;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * DOMAIN 3 and 8 on the CTA page: a closed date is never after today, open tasks are named before
 * closing, a snooze has a maximum, a closed CTA can be reopened (recorded), and the risk flag clears
 * with the last RISK item or by hand with a reason.
 */
@ApplicationTest
class CtaLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    CtaRulesAdministration ctaRules;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    TimelineManagement timeline;

    UserView tam;
    UserView otherTam;
    UUID accountId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        accountId = quietAccount(tam);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void aClosedDateAfterTodayIsRefused() throws Exception {
        UUID ctaId = onboarding(today.minusDays(10));
        String page = body(close(ctaId, today.plusDays(60), true).andExpect(status().isUnprocessableContent()));

        assertThat(Jsoup.parse(page).select("#cta-close .invalid-feedback").text())
                .contains("The closed date may not be after today");
        assertThat(Jsoup.parse(page).select("#cta-close .error-summary").text())
                .contains("There is a problem:", "The closed date may not be after today");
        // The page says which form failed, so the browser shows the CTA's own address at that form.
        assertThat(Jsoup.parse(page).select("#form-failure").attr("data-section"))
                .isEqualTo("cta-close");
        assertThat(Jsoup.parse(page).select("#form-failure").attr("data-url")).isEqualTo("/ctas/" + ctaId);
        assertThat(ctas.detail(ctaId).summary().open()).isTrue();
    }

    @Test
    void anActionAddressOpenedWithGetLeadsToItsFormNotTo405() throws Exception {
        UUID ctaId = onboarding(today.minusDays(1));
        for (var action : java.util.Map.of(
                        "snooze", "cta-snooze", "close", "cta-close", "comments", "cta-comment", "delays", "cta-delay")
                .entrySet()) {
            mvc.perform(get("/ctas/" + ctaId + "/" + action.getKey()).with(SignedIn.as(tam)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                            "/ctas/" + ctaId + "#" + action.getValue()));
        }
    }

    @Test
    void openTasksAreCountedAndClosingWithThemNeedsAConfirmation() throws Exception {
        UUID ctaId = onboarding(today.minusDays(10));
        var page = Jsoup.parse(body(close(ctaId, today, false).andExpect(status().isUnprocessableContent())));

        assertThat(page.select("#close-open-tasks").text())
                .contains("5 tasks are still open")
                .contains("Close it with these tasks still open");
        assertThat(ctas.detail(ctaId).summary().open()).isTrue();

        close(ctaId, today, true)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "cta.close.saved"));
        assertThat(ctas.detail(ctaId).summary().status()).isEqualTo(CtaStatus.CLOSED_SUCCESS);
        assertThat(accounts.get(accountId).lifecycleStage()).isEqualTo(LifecycleStage.ADOPTION);
    }

    @Test
    void theOwnerReopensAClosedOnboardingAndTheAccountIsOnboardingAgain() throws Exception {
        UUID ctaId = onboarding(today.minusDays(10));
        close(ctaId, today.minusDays(1), true).andExpect(status().isFound());
        String closedPage = body(mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(tam))));
        assertThat(Jsoup.parse(closedPage).select("#cta-reopen form").attr("action"))
                .isEqualTo("/ctas/" + ctaId + "/reopen");

        mvc.perform(post("/ctas/" + ctaId + "/reopen")
                        .param("reason", "The customer's SSO rollout slipped")
                        .param("version", String.valueOf(ctas.detail(ctaId).version()))
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ctas/" + ctaId + "/reopen")
                        .param("reason", "The customer's SSO rollout slipped")
                        .param("version", String.valueOf(ctas.detail(ctaId).version()))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "cta.reopen.saved"));

        CtaDetail reopened = ctas.detail(ctaId);
        assertThat(reopened.summary().status()).isEqualTo(CtaStatus.WORK_IN_PROGRESS);
        assertThat(reopened.summary().closedDate()).isNull();
        assertThat(reopened.comments())
                .anySatisfy(c -> assertThat(c.body()).contains("reopened it").contains("SSO rollout slipped"));
        assertThat(accounts.get(accountId).lifecycleStage()).isEqualTo(LifecycleStage.ONBOARDING);
        assertThat(entries())
                .anySatisfy(e -> assertThat(e.notes())
                        .contains("Reopened the Onboarding CTA")
                        .contains("SSO rollout"));

        // Reopened again while open: refused with a message, nothing changes.
        mvc.perform(post("/ctas/" + ctaId + "/reopen").with(SignedIn.as(tam)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "cta.reopen.conflict"));
    }

    @Test
    void theCrmReopensUnderTheNameOfThePersonWhoDidIt() {
        UUID ctaId = onboarding(today.minusDays(10));
        ctas.close(ctaId, CtaStatus.CLOSED_SUCCESS, today, null, true, CtaActor.user(SignedIn.currentUser(tam)));
        var api = new CrmApi(http, json, TestData.apiToken(tokens));

        api.post("/api/v1/ctas/" + ctaId + "/reopen", "{\"by\": \"nobody-here\"}", 422);
        var answer = api.post(
                "/api/v1/ctas/" + ctaId + "/reopen",
                "{\"by\": \"" + tam.username() + "\", \"reason\": \"Upgrade\"}",
                200);

        assertThat(answer.get("status").asString()).isEqualTo("WORK_IN_PROGRESS");
        assertThat(ctas.detail(ctaId).comments())
                .anySatisfy(c -> assertThat(c.body()).startsWith(tam.displayName()));
        api.post("/api/v1/ctas/" + ctaId + "/reopen", "{\"by\": \"" + tam.username() + "\"}", 409);
    }

    @Test
    void aReopeningThatWouldMakeTwoOpenOfOneKindIsRefused() throws Exception {
        UUID first = activity(today.minusDays(30));
        close(first, today.minusDays(2), true).andExpect(status().isFound());
        UUID second = activity(today.minusDays(1));

        mvc.perform(post("/ctas/" + first + "/reopen").with(SignedIn.as(tam)).with(csrf()))
                .andExpect(flash().attribute("flashError", "cta.reopen.conflict"));
        assertThat(ctas.detail(first).summary().open()).isFalse();
        assertThat(ctas.detail(second).summary().open()).isTrue();
    }

    @Test
    void aSnoozeHasAMaximumThatAnAdminSets() throws Exception {
        UUID ctaId = onboarding(today.minusDays(3));
        // The database is shared: read the maximum an admin (or another test) left, 90 by default.
        int max = ctaRules.routing().snoozeMaxDays();
        String tooLong = body(snooze(ctaId, today.plusDays(max + 1)).andExpect(status().isUnprocessableContent()));
        assertThat(Jsoup.parse(tooLong).select("#cta-snooze .invalid-feedback").text())
                .contains("Snooze for at most " + max + " days");
        assertThat(Jsoup.parse(tooLong).select("#snooze-until").attr("max"))
                .isEqualTo(today.plusDays(max).toString());
        snooze(ctaId, today.plusDays(max)).andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).summary().snoozedUntil()).isEqualTo(today.plusDays(max));
    }

    @Test
    void theRiskFlagClearsWithTheLastRiskItemAndByHandWithAReason() throws Exception {
        UUID onboarding = onboarding(today.minusDays(5));
        ctas.logDelay(
                onboarding,
                DelayCause.CUSTOMER_SIDE,
                "Champion went dark",
                dev.facet.account.Sentiment.RED,
                CtaActor.user(SignedIn.currentUser(tam)));
        assertThat(accounts.get(accountId).atRisk()).isTrue();
        UUID risk = ctas.ofAccount(accountId).stream()
                .filter(c -> c.type() == CtaType.RISK)
                .findFirst()
                .orElseThrow()
                .id();

        close(risk, today, true).andExpect(status().isFound());
        assertThat(accounts.get(accountId).atRisk()).isFalse();
        assertThat(entries()).anySatisfy(e -> assertThat(e.type()).isEqualTo(TimelineEntryType.AT_RISK_UPDATE));

        // By hand: a reason is needed, another TAM may not, the account's TAM may.
        mvc.perform(post("/accounts/" + accountId + "/risk")
                        .param("atRisk", "true")
                        .param("reason", " ")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "account.risk.reason.required"));
        mvc.perform(post("/accounts/" + accountId + "/risk")
                        .param("atRisk", "true")
                        .param("reason", "Budget freeze announced")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.get(accountId).atRisk()).isFalse();
        mvc.perform(post("/accounts/" + accountId + "/risk")
                        .param("atRisk", "true")
                        .param("reason", "Budget freeze announced")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "account.risk.flagged"));
        assertThat(accounts.get(accountId).atRisk()).isTrue();
        assertThat(entries())
                .anySatisfy(e -> assertThat(e.notes()).isEqualTo("Flagged at risk: Budget freeze announced"));

        var page = Jsoup.parse(body(mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(tam)))));
        assertThat(page.select("#account-risk-submit").text()).isEqualTo("Clear the risk flag");
    }

    private List<TimelineEntryView> entries() {
        return timeline.ofAccount(accountId, PageRequest.of(0, 50)).getContent();
    }

    private ResultActions close(UUID ctaId, LocalDate closedOn, boolean confirmOpenTasks) throws Exception {
        return mvc.perform(post("/ctas/" + ctaId + "/close")
                .param("status", "CLOSED_SUCCESS")
                .param("closedDate", closedOn.toString())
                .param("confirmOpenTasks", String.valueOf(confirmOpenTasks))
                .with(SignedIn.as(tam))
                .with(csrf()));
    }

    private ResultActions snooze(UUID ctaId, LocalDate until) throws Exception {
        return mvc.perform(post("/ctas/" + ctaId + "/snooze")
                .param("until", until.toString())
                .param("reason", "Customer on holiday")
                .with(SignedIn.as(tam))
                .with(csrf()));
    }

    private UUID onboarding(LocalDate start) {
        return Ctas.anOnboarding(ctas, playbooks, accountId, tam, start);
    }

    private UUID activity(LocalDate start) {
        return Ctas.anActivity(ctas, accountId, tam, start, start.plusDays(30));
    }

    private UUID quietAccount(UserView owner) {
        return Accounts.aQuietAccount(accounts, "Lifecycle " + TestData.unique("co"), owner.username());
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
