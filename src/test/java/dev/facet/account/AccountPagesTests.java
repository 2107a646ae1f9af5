package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The account pages through the whole stack on PostgreSQL: forms, roles, stale edits, the gemstone panel. */
@ApplicationTest
class AccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    UserView manager;
    UserView tam;
    UserView otherTam;

    @BeforeEach
    void setUp() {
        manager = TestData.user(users, Role.MANAGER);
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
    }

    @Test
    void aManagerCreatesAnAccountThroughTheForm() throws Exception {
        String crmId = TestData.unique("WEB");
        String location = mvc.perform(accountForm(post("/accounts"), crmId, "6001")
                        .param("tamId", tam.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        AccountView created = accounts.findByCrmId(crmId).orElseThrow();
        assertThat(location).isEqualTo("/accounts/" + created.id());
        assertThat(created.gemstone()).isEqualTo(Gemstone.DIAMOND);
        assertThat(created.tamId()).isEqualTo(tam.id());

        mvc.perform(get(location).with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Web Test Co")));
        mvc.perform(get(location + "/gemstone").with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("seats 6,001 &gt; 5,000")))
                .andExpect(content().string(Matchers.containsString("Two weeks of on-site/remote support")));
    }

    @Test
    void showsFieldErrorsAndKeepsTheInput() throws Exception {
        mvc.perform(accountForm(post("/accounts"), "bad id with spaces", "-3", "")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "crmId", "name", "seats"))
                .andExpect(content().string(Matchers.containsString("value=\"-3\"")));
    }

    @Test
    void aTamMayNotCreateOrEditAccounts() throws Exception {
        mvc.perform(get("/accounts/new").with(SignedIn.as(tam))).andExpect(status().isForbidden());
        mvc.perform(accountForm(post("/accounts"), TestData.unique("WEB"), "1")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditGetsA409AndKeepsWhatTheUserTyped() throws Exception {
        UUID id = createAccount(tam);
        AccountView before = accounts.get(id);
        // someone else saves first
        accounts.update(
                id,
                before.details(),
                before.tamId(),
                LifecycleStage.ONBOARDING,
                before.version(),
                SignedIn.currentUser(manager));

        mvc.perform(accountForm(post("/accounts/" + id), before.crmId(), "777", "My Unsaved Name")
                        .param("version", String.valueOf(before.version()))
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else saved this record")))
                .andExpect(content().string(Matchers.containsString("My Unsaved Name")));
        assertThat(accounts.get(id).name()).isEqualTo(before.name());
    }

    @Test
    void theAccountsTamEditsTheC360ButNoOtherTamDoes() throws Exception {
        UUID id = createAccount(tam);
        long version = accounts.get(id).version();
        mvc.perform(post("/accounts/" + id + "/c360")
                        .param("sentiment", "YELLOW")
                        .param("deploymentType", "DEDICATED")
                        .param("stageAdoption[PLAN]", "2026-10-01")
                        .param("stageAdoption[VERIFY]", "")
                        .param("version", String.valueOf(version))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());
        AccountView edited = accounts.get(id);
        assertThat(edited.sentiment()).isEqualTo(Sentiment.YELLOW);
        assertThat(edited.deploymentType()).isEqualTo(DeploymentType.DEDICATED);
        assertThat(edited.stageAdoption())
                .containsExactly(java.util.Map.entry(DevOpsStage.PLAN, LocalDate.of(2026, 10, 1)));

        mvc.perform(post("/accounts/" + id + "/c360")
                        .param("sentiment", "RED")
                        .param("deploymentType", "SAAS")
                        .param("version", String.valueOf(edited.version()))
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.get(id).sentiment()).isEqualTo(Sentiment.YELLOW);
    }

    @Test
    void theTamTicksAnEntitlementInPlace() throws Exception {
        UUID id = createAccount(tam);
        String panel = mvc.perform(post("/accounts/" + id + "/entitlements/25")
                        .param("scheduled", "true")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel).contains("id=\"gemstone-card\"").contains("1 of 7 scheduled");

        mvc.perform(post("/accounts/" + id + "/entitlements/25")
                        .param("scheduled", "true")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void filtersTheListAndKeepsTheFiltersInTheUrl() throws Exception {
        UUID id = createAccount(tam);
        String name = accounts.get(id).name();
        mvc.perform(get("/accounts")
                        .param("q", name)
                        .param("gemstone", "RUBY")
                        .param("tam", tam.id().toString())
                        .param("sort", "SEATS")
                        .param("dir", "DESC")
                        .with(SignedIn.as(otherTam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("1 accounts")))
                .andExpect(content().string(Matchers.containsString("gemstone=RUBY")));
    }

    private UUID createAccount(UserView owner) {
        var details = new AccountDetails(
                "Page Test " + TestData.unique("co"),
                Segment.MID_MARKET,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                600,
                new BigDecimal("30000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        return accounts.upsertFromCrm(
                        TestData.unique("PAGE"),
                        details,
                        owner.username(),
                        List.of(new ContactDetails("Ann", "ann@x.example", Set.of(ContactRole.ADMIN))))
                .account()
                .id();
    }

    private static MockHttpServletRequestBuilder accountForm(
            MockHttpServletRequestBuilder request, String crmId, String seats) {
        return accountForm(request, crmId, seats, "Web Test Co");
    }

    private static MockHttpServletRequestBuilder accountForm(
            MockHttpServletRequestBuilder request, String crmId, String seats, String name) {
        return request.param("crmId", crmId)
                .param("name", name)
                .param("segment", "ENTERPRISE")
                .param("region", "AMER")
                .param("deploymentType", "SAAS")
                .param("productTier", "PREMIUM")
                .param("seats", seats)
                .param("arr", "50000")
                .param("originalContractDate", "2026-11-01")
                .param("lifecycleStage", "PROSPECT");
    }
}
