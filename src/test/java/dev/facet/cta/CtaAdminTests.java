package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.cta.web.RoutingForm;
import dev.facet.cta.web.RuleForm;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin pages for the trigger rules and the routing table. Runs in a context of its own (the
 * property makes it one), since it changes rules and routing that other tests rely on. Each test
 * works on its own rule, so the order of the tests does not matter.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=cta-admin")
class CtaAdminTests {

    @Autowired
    CtaManagement ctas;

    @Autowired
    CtaRulesAdministration ctaRules;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    void savingARuleUnchangedMakesNoNewVersion() throws Exception {
        var admin = admin();
        RuleSettings before = current(TriggerRule.ONBOARDING_PILOT);
        int versions = ctaRules.ruleHistory(TriggerRule.ONBOARDING_PILOT).size();

        mvc.perform(post("/admin/cta-rules/ONBOARDING_PILOT")
                        .with(csrf())
                        .with(admin)
                        .param("enabled", String.valueOf(before.enabled()))
                        .param("basedOnVersion", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/admin/cta-rules#rule-ONBOARDING_PILOT"))
                .andExpect(flash().attribute("savedVersion", before.version()))
                .andExpect(flash().attribute("unchanged", true));

        assertThat(current(TriggerRule.ONBOARDING_PILOT).version()).isEqualTo(before.version());
        assertThat(ctaRules.ruleHistory(TriggerRule.ONBOARDING_PILOT)).hasSize(versions);
        String page = mvc.perform(get("/admin/cta-rules")
                        .with(admin)
                        .flashAttr("savedRule", TriggerRule.ONBOARDING_PILOT)
                        .flashAttr("savedVersion", before.version())
                        .flashAttr("unchanged", true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Nothing changed: ");
    }

    @Test
    void savingARuleMakesANewVersionAndKeepsTheOldOneInTheHistory() throws Exception {
        var admin = admin();
        mvc.perform(get("/admin/cta-rules").with(admin)).andExpect(status().isOk());
        RuleSettings before = current(TriggerRule.TAM_QUALIFYING_ARR);
        assertThat(before.version()).isEqualTo(1);

        mvc.perform(post("/admin/cta-rules/TAM_QUALIFYING_ARR")
                        .with(csrf())
                        .with(admin)
                        .param("enabled", "true")
                        .param("enterpriseArrThreshold", "60000")
                        .param("midMarketArrThreshold", "25000")
                        .param("smbArrThreshold", "")
                        .param("basedOnVersion", "1"))
                .andExpect(redirectedUrl("/admin/cta-rules#rule-TAM_QUALIFYING_ARR"))
                .andExpect(flash().attribute("savedVersion", 2));

        RuleSettings after = current(TriggerRule.TAM_QUALIFYING_ARR);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.enterpriseArrThreshold()).isEqualByComparingTo("60000");
        assertThat(after.smbArrThreshold()).isNull();
        List<RuleVersionView> history = ctaRules.ruleHistory(TriggerRule.TAM_QUALIFYING_ARR);
        assertThat(history).extracting(v -> v.settings().version()).containsExactly(2, 1);
        assertThat(history.get(1).settings().enterpriseArrThreshold()).isEqualByComparingTo("50000");
        assertThat(history.get(0).createdBy()).isNotNull();
        String page = mvc.perform(get("/admin/cta-rules")
                        .with(admin)
                        .flashAttr("savedRule", TriggerRule.TAM_QUALIFYING_ARR)
                        .flashAttr("savedVersion", 2))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Saved TAM-qualifying ARR as version 2.")
                .contains("Enterprise $60,000, Mid-Market $25,000, SMB never")
                .contains("Enterprise $50,000, Mid-Market $20,000, SMB never");
    }

    @Test
    void aStaleRuleSaveIsAConflictThatKeepsTheTypedValues() throws Exception {
        var admin = admin();
        RuleSettings seen = current(TriggerRule.GEMSTONE);
        ctaRules.changeRule(
                new RuleSettings(TriggerRule.GEMSTONE, seen.version(), true, null, null, null, Gemstone.SAPPHIRE),
                seen.version(),
                SignedIn.currentUser(TestData.user(users, Role.ADMIN)));

        MvcResult result = mvc.perform(post("/admin/cta-rules/GEMSTONE")
                        .with(csrf())
                        .with(admin)
                        .param("minimumGemstone", "PEARL")
                        .param("basedOnVersion", String.valueOf(seen.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("gemstoneRule"))
                .andReturn();
        RuleForm form = (RuleForm) result.getModelAndView().getModel().get("gemstoneRule");
        assertThat(form.getMinimumGemstone()).isEqualTo(Gemstone.PEARL);
        assertThat(form.isEnabled()).isFalse();
        assertThat(current(TriggerRule.GEMSTONE).minimumGemstone()).isEqualTo(Gemstone.SAPPHIRE);
    }

    @Test
    void refusesANegativeThresholdAndAGemstoneRuleWithoutAGemstone() throws Exception {
        var admin = admin();
        mvc.perform(post("/admin/cta-rules/TAM_QUALIFYING_ARR")
                        .with(csrf())
                        .with(admin)
                        .param("enabled", "true")
                        .param("enterpriseArrThreshold", "-1")
                        .param("midMarketArrThreshold", "20000")
                        .param("basedOnVersion", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("arrRule", "enterpriseArrThreshold"));

        CurrentUser byAdmin = SignedIn.currentUser(TestData.user(users, Role.ADMIN));
        assertThatThrownBy(() -> ctaRules.changeRule(
                        new RuleSettings(
                                TriggerRule.TAM_QUALIFYING_ARR, 0, true, new BigDecimal("-5"), null, null, null),
                        current(TriggerRule.TAM_QUALIFYING_ARR).version(),
                        byAdmin))
                .isInstanceOf(InvalidInputException.class);
        RuleSettings gemstone = current(TriggerRule.GEMSTONE);
        assertThatThrownBy(() -> ctaRules.changeRule(
                        new RuleSettings(TriggerRule.GEMSTONE, 0, true, null, null, null, null),
                        gemstone.version(),
                        byAdmin))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "minimumGemstone");
    }

    @Test
    void onlyAdminsReachThePagesOrChangeTheSettings() throws Exception {
        for (Role role : List.of(Role.TAM, Role.MANAGER)) {
            var user = SignedIn.as(TestData.user(users, role));
            mvc.perform(get("/admin/cta-rules").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/cta-routing").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/cta-rules/BY_HAND").with(csrf()).with(user).param("basedOnVersion", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/cta-routing").with(csrf()).with(user).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        var manager = SignedIn.currentUser(TestData.user(users, Role.MANAGER));
        assertThatThrownBy(() -> ctaRules.changeRouting(ctaRules.routing(), manager))
                .isInstanceOf(AccessDeniedToObjectException.class);
        assertThatThrownBy(() -> ctaRules.changeRule(current(TriggerRule.BY_HAND), 1, manager))
                .isInstanceOf(AccessDeniedToObjectException.class);
    }

    @Test
    void savesTheRoutingAndReadsItBack() throws Exception {
        var admin = admin();
        UserView amer = TestData.user(users, Role.MANAGER);
        UserView emea = TestData.user(users, Role.MANAGER);
        mvc.perform(get("/admin/cta-routing").with(admin)).andExpect(status().isOk());
        long version = ctaRules.routing().version();

        mvc.perform(post("/admin/cta-routing")
                        .with(csrf())
                        .with(admin)
                        .param("managers[ENTERPRISE_AMER]", amer.id().toString())
                        .param("managers[SMB_APAC]", emea.id().toString())
                        .param("managers[MID_MARKET_EMEA]", "")
                        .param("fallbackManagerId", amer.id().toString())
                        .param("assignTamDueDays", "5")
                        .param("riskDueDays", "10")
                        .param("snoozeMaxDays", "30")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/cta-routing"));

        RoutingSettings saved = ctaRules.routing();
        assertThat(saved.managers())
                .isEqualTo(Map.of(
                        new RoutingSettings.Cell(Segment.ENTERPRISE, Region.AMER), amer.id(),
                        new RoutingSettings.Cell(Segment.SMB, Region.APAC), emea.id()));
        assertThat(saved.managerFor(Segment.MID_MARKET, Region.EMEA)).isEqualTo(amer.id());
        assertThat(saved.assignTamDueDays()).isEqualTo(5);
        assertThat(saved.riskDueDays()).isEqualTo(10);
        assertThat(saved.snoozeMaxDays()).isEqualTo(30);
        assertThat(saved.version()).isEqualTo(version + 1);
        String page = mvc.perform(get("/admin/cta-routing").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<option value=\"" + amer.id() + "\" selected=\"selected\">");
    }

    @Test
    void aStaleRoutingSaveIsAConflictThatKeepsTheTypedValues() throws Exception {
        var admin = admin();
        UserView manager = TestData.user(users, Role.MANAGER);
        RoutingSettings seen = ctaRules.routing();
        ctaRules.changeRouting(seen, SignedIn.currentUser(TestData.user(users, Role.ADMIN)));

        MvcResult result = mvc.perform(post("/admin/cta-routing")
                        .with(csrf())
                        .with(admin)
                        .param("managers[SMB_EMEA]", manager.id().toString())
                        .param("assignTamDueDays", "7")
                        .param("riskDueDays", "21")
                        .param("snoozeMaxDays", "90")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn();
        RoutingForm form = (RoutingForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getManagers()).containsEntry("SMB_EMEA", manager.id());
        assertThat(form.getAssignTamDueDays()).isEqualTo(7);
        assertThat(form.getRiskDueDays()).isEqualTo(21);
    }

    @Test
    void refusesARoutingThatNamesSomeoneWhoIsNotAManager() throws Exception {
        var admin = admin();
        UserView tam = TestData.user(users, Role.TAM);
        mvc.perform(post("/admin/cta-routing")
                        .with(csrf())
                        .with(admin)
                        .param("managers[SMB_APAC]", tam.id().toString())
                        .param("assignTamDueDays", "3")
                        .param("riskDueDays", "14")
                        .param("snoozeMaxDays", "90")
                        .param("version", String.valueOf(ctaRules.routing().version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "managers[SMB_APAC]", "cta.admin.routing.notManager"));
        mvc.perform(post("/admin/cta-routing")
                        .with(csrf())
                        .with(admin)
                        .param("assignTamDueDays", "366")
                        .param("riskDueDays", "14")
                        .param("snoozeMaxDays", "90")
                        .param("version", String.valueOf(ctaRules.routing().version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "assignTamDueDays"));
    }

    private RequestPostProcessor admin() {
        return SignedIn.as(TestData.user(users, Role.ADMIN));
    }

    private RuleSettings current(TriggerRule rule) {
        return ctaRules.currentRules().stream()
                .filter(r -> r.rule() == rule)
                .findFirst()
                .orElseThrow();
    }
}
