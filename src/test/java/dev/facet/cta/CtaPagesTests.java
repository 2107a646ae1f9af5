package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The CTA page, the cockpit and the account's CTA panel through the whole stack on PostgreSQL. */
@ApplicationTest
class CtaPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    UserView manager;
    UserView tam;
    UserView otherTam;
    UUID accountId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        manager = TestData.user(users, Role.MANAGER);
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        accountId = quietAccount(tam);
        today = LocalDate.now();
    }

    @Test
    void aTamMakesACtaByHandThroughThePage() throws Exception {
        String form =
                body(mvc.perform(get("/accounts/" + accountId + "/ctas/new").with(SignedIn.as(tam)))
                        .andExpect(status().isOk()));
        UUID saas = templateId(PlaybookManagement.ONBOARDING_SAAS);
        assertThat(form).contains("value=\"" + saas + "\" selected=\"selected\"");
        assertThat(form).contains("value=\"" + tam.id() + "\" selected=\"selected\"");

        String location = mvc.perform(post("/accounts/" + accountId + "/ctas")
                        .param("type", "ONBOARDING")
                        .param("reason", "")
                        .param("priority", "HIGH")
                        .param("ownerId", tam.id().toString())
                        .param("playbookTemplateId", saas.toString())
                        .param("startDate", today.minusDays(3).toString())
                        .param("dueDate", "")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "cta.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/ctas/");

        String page = body(mvc.perform(get(location).with(SignedIn.as(tam))).andExpect(status().isOk()));
        assertThat(page)
                .contains("Made by hand by " + tam.displayName())
                .contains("Day 3 of 45")
                .contains("Complete internal transition")
                .contains("Log a delay");

        // the same type and reason again is a form error, not an error page
        String again = body(mvc.perform(post("/accounts/" + accountId + "/ctas")
                        .param("type", "ONBOARDING")
                        .param("priority", "LOW")
                        .param("ownerId", tam.id().toString())
                        .param("startDate", today.toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isConflict()));
        assertThat(again).contains("open CTA of this type and reason already").contains("New CTA for");

        // the account page's panel lists it
        assertThat(body(mvc.perform(get("/accounts/" + accountId + "/ctas").with(SignedIn.as(tam)))
                        .andExpect(status().isOk())))
                .contains("id=\"cta-card\"")
                .contains(location)
                .doesNotContain("<html");
    }

    @Test
    void theOwnerWorksTasksWithAndWithoutHtmx() throws Exception {
        UUID ctaId = onboarding(tam, today.minusDays(20), null);
        List<CtaTaskView> tasks = ctas.detail(ctaId).tasks();
        UUID first = tasks.get(0).id();
        UUID second = tasks.get(1).id();
        CtaTaskView withChecklist =
                tasks.stream().filter(t -> !t.checklist().isEmpty()).findFirst().orElseThrow();

        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + first + "/done")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/ctas/" + ctaId))
                .andExpect(flash().attribute("message", "cta.task.saved.done"));
        assertThat(task(ctaId, first).status()).isEqualTo(TaskStatus.DONE);
        assertThat(ctas.detail(ctaId).summary().status()).isEqualTo(CtaStatus.WORK_IN_PROGRESS);

        String fragment = body(mvc.perform(post("/ctas/" + ctaId + "/tasks/" + first + "/reopen")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(fragment)
                .contains("id=\"cta-tasks\"")
                .doesNotContain("<html")
                .contains("id=\"cta-status-text\" hx-swap-oob=\"true\"");
        assertThat(task(ctaId, first).status()).isEqualTo(TaskStatus.OPEN);

        String missingNote = body(mvc.perform(post("/ctas/" + ctaId + "/tasks/" + second + "/not-applicable")
                        .param("note", " ")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().is(422)));
        assertThat(missingNote)
                .contains("id=\"cta-tasks\"")
                .contains("A note is required to mark a task not applicable")
                .doesNotContain("<html");
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + second + "/not-applicable")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().is(422));
        assertThat(task(ctaId, second).status()).isEqualTo(TaskStatus.OPEN);

        String marked = body(mvc.perform(post("/ctas/" + ctaId + "/tasks/" + second + "/not-applicable")
                        .param("note", "Kickoff happened during the sale")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(marked).contains("Kickoff happened during the sale");
        assertThat(task(ctaId, second).status()).isEqualTo(TaskStatus.NOT_APPLICABLE);

        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + withChecklist.id() + "/checklist/0")
                        .param("done", "true")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(task(ctaId, withChecklist.id()).checklist().get(0).done()).isTrue();

        // another TAM may look but not work it
        mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(otherTam))).andExpect(status().isOk());
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + first + "/done")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(task(ctaId, first).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void onlyTheOwnerDeletesAHandMadeCta() throws Exception {
        UUID ctaId = onboarding(tam, today, null);
        assertThat(body(mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(tam)))))
                .contains("/ctas/" + ctaId + "/delete");
        assertThat(body(mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(manager)))))
                .doesNotContain("/ctas/" + ctaId + "/delete")
                .contains("/ctas/" + ctaId + "/take-ownership");

        mvc.perform(post("/ctas/" + ctaId + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ctas/" + ctaId + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + accountId));
        mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(tam))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleDueDateMoveGetsA409AndKeepsTheTypedValues() throws Exception {
        UUID ctaId = onboarding(tam, today, null);
        long version = ctas.detail(ctaId).version();
        ctas.comment(ctaId, "first", CtaActor.user(SignedIn.currentUser(tam))); // NEW -> WORK_IN_PROGRESS
        ctas.moveDueDate(
                ctaId,
                today.plusDays(50),
                false,
                ctas.detail(ctaId).version(),
                CtaActor.user(SignedIn.currentUser(tam)));

        String page = body(mvc.perform(post("/ctas/" + ctaId + "/due-date")
                        .param("dueDate", "2031-03-17")
                        .param("moveOpenTasks", "true")
                        .param("version", String.valueOf(version))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isConflict()));
        assertThat(page).contains("Someone else saved this record").contains("value=\"2031-03-17\"");
        assertThat(ctas.detail(ctaId).summary().dueDate()).isEqualTo(today.plusDays(50));

        long current = ctas.detail(ctaId).version();
        mvc.perform(post("/ctas/" + ctaId + "/due-date")
                        .param("dueDate", "2031-03-17")
                        .param("version", String.valueOf(current))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).summary().dueDate()).isEqualTo(LocalDate.of(2031, 3, 17));
    }

    @Test
    void commentsSnoozeDelayAndClose() throws Exception {
        UUID ctaId = onboarding(tam, today.minusDays(2), null);
        mvc.perform(post("/ctas/" + ctaId + "/comments")
                        .param("body", "")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().is(422));
        mvc.perform(post("/ctas/" + ctaId + "/comments")
                        .param("body", "Kickoff booked")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());

        String badSnooze = body(mvc.perform(post("/ctas/" + ctaId + "/snooze")
                        .param("until", today.toString())
                        .param("reason", "Holidays")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().is(422)));
        assertThat(badSnooze).contains("Snooze until a date after today").contains("value=\"Holidays\"");
        mvc.perform(post("/ctas/" + ctaId + "/snooze")
                        .param("until", today.plusDays(5).toString())
                        .param("reason", "Holidays")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).summary().snoozedUntil()).isEqualTo(today.plusDays(5));
        mvc.perform(post("/ctas/" + ctaId + "/wake").with(SignedIn.as(tam)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).summary().snoozedUntil()).isNull();

        mvc.perform(post("/ctas/" + ctaId + "/delays")
                        .param("cause", "CUSTOMER_SIDE")
                        .param("reason", "Champion went dark")
                        .param("sentiment", "RED")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "cta.delay.saved.customerSide"));
        assertThat(ctas.ofAccount(accountId)).anyMatch(c -> c.type() == CtaType.RISK);
        assertThat(accounts.get(accountId).atRisk()).isTrue();

        mvc.perform(post("/ctas/" + ctaId + "/close")
                        .param("status", "CLOSED_SUCCESS")
                        .param("closedDate", today.toString())
                        .param("confirmOpenTasks", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());
        String page = body(mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(tam))));
        assertThat(page).contains("Closed: success").contains("Kickoff booked").contains("Champion went dark");

        // a closed CTA refuses task work with a message, not an error page
        UUID task = ctas.detail(ctaId).tasks().get(0).id();
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + task + "/done")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "cta.conflict"));
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + task + "/done")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/ctas/" + ctaId));
        assertThat(task(ctaId, task).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void theCockpitPutsOverdueWorkFirstAndFilters() throws Exception {
        UserView me = TestData.user(users, Role.TAM);
        UUID account = quietAccount(me);
        UUID later = ctas.create(
                new NewCta(account, CtaType.ACTIVITY, null, CtaPriority.LOW, me.id(), null, today, today.plusDays(2)),
                CtaActor.user(SignedIn.currentUser(me)));
        UUID overdue = ctas.create(
                new NewCta(
                        account,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.MEDIUM,
                        me.id(),
                        templateId(PlaybookManagement.ONBOARDING_SAAS),
                        today.minusDays(20),
                        today.plusDays(100)),
                CtaActor.user(SignedIn.currentUser(me)));

        String cockpit = body(mvc.perform(get("/ctas").with(SignedIn.as(me))).andExpect(status().isOk()));
        assertThat(cockpit.indexOf("cta-row-" + overdue)).isPositive().isLessThan(cockpit.indexOf("cta-row-" + later));
        assertThat(cockpit).contains("Show snoozed (0)").contains("Day 20 of 120");

        String activities =
                body(mvc.perform(get("/ctas").param("type", "ACTIVITY").with(SignedIn.as(me))));
        assertThat(activities).contains("cta-row-" + later).doesNotContain("cta-row-" + overdue);
        assertThat(body(mvc.perform(
                        get("/ctas").param("status", "CLOSED_SUCCESS").with(SignedIn.as(me)))))
                .contains("id=\"cockpit-empty\"");

        ctas.snooze(later, today.plusDays(3), "Waiting", CtaActor.user(SignedIn.currentUser(me)));
        String hidden = body(mvc.perform(get("/ctas").with(SignedIn.as(me))));
        assertThat(hidden).doesNotContain("cta-row-" + later).contains("Show snoozed (1)");
        String shown = body(mvc.perform(get("/ctas").param("snoozed", "true").with(SignedIn.as(me))));
        assertThat(shown).contains("cta-row-" + later).contains("Snoozed until");
    }

    @Test
    void aManagerAssignsTheTamAndATamMayNot() throws Exception {
        UUID account = quietAccount(null);
        assertThat(body(mvc.perform(get("/accounts/" + account).with(SignedIn.as(manager)))))
                .contains("id=\"assign-tam\"");
        assertThat(body(mvc.perform(get("/accounts/" + account).with(SignedIn.as(tam)))))
                .doesNotContain("id=\"assign-tam\"");
        mvc.perform(post("/accounts/" + account + "/tam")
                        .param("tamId", tam.id().toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/accounts/" + account + "/tam")
                        .param("tamId", tam.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + account))
                .andExpect(flash().attribute("message", "cta.tam.assigned"));
        assertThat(accounts.get(account).tamId()).isEqualTo(tam.id());
    }

    private UUID onboarding(UserView owner, LocalDate start, LocalDate due) {
        return ctas.create(
                new NewCta(
                        accountId,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.MEDIUM,
                        owner.id(),
                        templateId(PlaybookManagement.ONBOARDING_SAAS),
                        start,
                        due),
                CtaActor.user(SignedIn.currentUser(owner)));
    }

    private CtaTaskView task(UUID ctaId, UUID taskId) {
        return ctas.detail(ctaId).tasks().stream()
                .filter(t -> t.id().equals(taskId))
                .findFirst()
                .orElseThrow();
    }

    private UUID templateId(String code) {
        return playbooks.templates().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A small SMB account that fires no onboarding rule, so only hand-made CTAs exist. */
    private UUID quietAccount(UserView owner) {
        var details = new AccountDetails(
                "CTA Test " + TestData.unique("co"),
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        return accounts.upsertFromCrm(
                        TestData.unique("CTA"), details, owner == null ? null : owner.username(), List.of())
                .account()
                .id();
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
