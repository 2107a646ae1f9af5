package dev.facet.account.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.facet.account.AccountFilter;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountSort;
import dev.facet.account.AccountSummary;
import dev.facet.account.Gemstone;
import dev.facet.account.LifecycleStage;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.shared.ConflictException;
import dev.facet.shared.StaleEditException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The account controller alone, with the real security configuration and mocked module APIs. */
@WebMvcTest(controllers = AccountController.class)
@Import(AccountControllerTests.SecurityImports.class)
class AccountControllerTests {

    @ComponentScan(
            basePackages = "dev.facet.security",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "dev\\.facet\\.security\\.(SecurityConfiguration|ProblemResponses)"))
    static class SecurityImports {}

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountManagement accounts;

    @MockitoBean
    UserManagement users;

    @MockitoBean
    ApiTokenManagement tokens;

    private static final UUID TAM_ID = UUID.randomUUID();

    @Test
    void rendersTheFilteredListWithTheFiltersInItsLinks() throws Exception {
        var row = new AccountSummary(
                UUID.randomUUID(),
                "CRM-1",
                "Acme Labs",
                Segment.ENTERPRISE,
                Region.EMEA,
                ProductTier.ULTIMATE,
                2345,
                new BigDecimal("90000"),
                new BigDecimal("0"),
                Gemstone.DIAMOND,
                TAM_ID,
                LifecycleStage.ONBOARDING,
                null);
        given(accounts.search(any(AccountFilter.class), eq(AccountSort.SEATS), eq(Sort.Direction.DESC), any()))
                .willReturn(new PageImpl<>(List.of(row), PageRequest.of(0, 25), 26));
        given(users.references(Set.of(TAM_ID)))
                .willReturn(Map.of(TAM_ID, new dev.facet.security.UserReference(TAM_ID, "tam.x", "Tess Tam")));

        mvc.perform(get("/accounts")
                        .param("segment", "ENTERPRISE")
                        .param("sort", "SEATS")
                        .param("dir", "DESC")
                        .with(SignedIn.as(TAM_ID, "tam.x", Set.of(Role.TAM))))
                .andExpect(status().isOk())
                .andExpect(view().name("account/list"))
                .andExpect(content().string(Matchers.containsString("Acme Labs")))
                .andExpect(content().string(Matchers.containsString("Tess Tam")))
                .andExpect(content()
                        .string(Matchers.containsString("segment=ENTERPRISE&amp;sort=SEATS&amp;dir=DESC&amp;page=1")));
    }

    @Test
    void answersABadFilterWithA400() throws Exception {
        mvc.perform(get("/accounts").param("gemstone", "EMERALD").with(SignedIn.as(TAM_ID, "tam.x", Set.of(Role.TAM))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keepsTamsAwayFromTheAccountForm() throws Exception {
        mvc.perform(get("/accounts/new").with(SignedIn.as(TAM_ID, "tam.x", Set.of(Role.TAM))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/accounts/new").with(SignedIn.as(TAM_ID, "boss", Set.of(Role.MANAGER))))
                .andExpect(status().isOk());
    }

    @Test
    void turnsATakenCrmIdIntoAFieldError() throws Exception {
        given(accounts.create(eq("CRM-1"), any(), any(), any(), any()))
                .willThrow(new ConflictException("crmId", "taken"));
        mvc.perform(validForm(post("/accounts"))
                        .with(SignedIn.as(TAM_ID, "boss", Set.of(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasFieldErrorCode("form", "crmId", "account.crmId.taken"));
    }

    @Test
    void redirectsAfterASuccessfulCreate() throws Exception {
        UUID id = UUID.randomUUID();
        given(accounts.create(eq("CRM-1"), any(), any(), any(), any())).willReturn(id);
        mvc.perform(validForm(post("/accounts"))
                        .with(SignedIn.as(TAM_ID, "boss", Set.of(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + id));
    }

    @Test
    void answersAStaleEditWithA409() throws Exception {
        UUID id = UUID.randomUUID();
        willThrow(new StaleEditException("Account"))
                .given(accounts)
                .update(eq(id), any(), any(), any(), anyLong(), any());
        mvc.perform(validForm(post("/accounts/" + id))
                        .with(SignedIn.as(TAM_ID, "boss", Set.of(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder validForm(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.param("crmId", "CRM-1")
                .param("name", "Acme")
                .param("segment", "SMB")
                .param("region", "APAC")
                .param("deploymentType", "SAAS")
                .param("productTier", "FREE")
                .param("seats", "10")
                .param("arr", "1000")
                .param("originalContractDate", "2026-11-01")
                .param("lifecycleStage", "PROSPECT");
    }
}
