package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Ctas;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The cockpit: sort, search, whose CTAs, bulk actions and saved views, everything in the URL. */
@ApplicationTest
class CockpitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    JdbcClient jdbc;

    UserView manager;
    UserView tam;
    LocalDate today;
    String word;

    @BeforeEach
    void setUp() {
        manager = TestData.user(users, Role.MANAGER);
        String username = TestData.unique("report");
        tam = users.create(new NewUser(
                username,
                "Report " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager.id(),
                "UTC"));
        today = LocalDate.now(ZoneOffset.UTC);
        word = "Kestrel" + TestData.unique("k").replace("-", "");
    }

    @Test
    void sortsByAnyColumnBothWaysAndSearchesByAccountName() throws Exception {
        UUID bravo = activity(word + " Bravo", tam, today.plusDays(3));
        UUID alpha = activity(word + " Alpha", tam, today.plusDays(9));
        UUID charlie = activity("Other " + word + " Charlie", tam, today.plusDays(1));

        assertThat(rows(page("/ctas?sort=ACCOUNT", tam))).containsExactly(alpha, bravo, charlie);
        Document descending = page("/ctas?sort=ACCOUNT&dir=DESC", tam);
        assertThat(rows(descending)).containsExactly(charlie, bravo, alpha);
        assertThat(descending.select("th:has(#sort-ACCOUNT)").attr("aria-sort")).isEqualTo("descending");
        assertThat(descending.select("#sort-ACCOUNT").attr("href")).isEqualTo("/ctas?sort=ACCOUNT&dir=ASC");
        assertThat(rows(page("/ctas?sort=DUE_DATE", tam))).containsExactly(charlie, bravo, alpha);

        Document found = page("/ctas?q=" + word.toLowerCase() + " b&sort=ACCOUNT", tam);
        assertThat(rows(found)).containsExactly(bravo);
        assertThat(found.select("#cockpit-q").val()).isEqualTo(word.toLowerCase() + " b");

        // What was typed comes back as typed through every link, plus signs and braces too.
        String odd = Jsoup.parse(mvc.perform(get("/ctas").param("q", "C++ {x}").with(SignedIn.as(tam)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("#snoozed-toggle")
                .attr("href");
        assertThat(odd).isEqualTo("/ctas?q=C%2B%2B+%7Bx%7D&snoozed=true");
    }

    @Test
    void aManagerPicksOnePersonOfTheirTeamOrTheWholeTeamAndATamOnlyThemself() throws Exception {
        UUID mine = activity(word + " Managers", manager, today.plusDays(2));
        UUID theirs = activity(word + " Reports", tam, today.plusDays(2));
        UserView stranger = TestData.user(users, Role.TAM);
        UUID strangers = activity(word + " Elsewhere", stranger, today.plusDays(2));

        assertThat(rows(page("/ctas", manager))).containsExactly(mine);
        assertThat(rows(page("/ctas?owner=" + tam.id(), manager))).containsExactly(theirs);
        Document team = page("/ctas?owner=team&sort=ACCOUNT&q=" + word, manager);
        assertThat(rows(team)).containsExactly(mine, theirs);
        assertThat(team.select("#cockpit-table th:has(#sort-OWNER)")).hasSize(1);
        // Someone outside the team, or a TAM asking for another's cockpit, falls back to one's own.
        assertThat(rows(page("/ctas?owner=" + stranger.id(), manager))).containsExactly(mine);
        assertThat(rows(page("/ctas?owner=" + manager.id(), tam))).containsExactly(theirs);
        assertThat(rows(page("/ctas?owner=" + stranger.id(), stranger))).containsExactly(strangers);
    }

    @Test
    void bulkActionsChangeTheTickedCtasAndSayWhatTheyLeftAlone() throws Exception {
        UUID first = activity(word + " One", tam, today.plusDays(2));
        UUID second = activity(word + " Two", tam, today.plusDays(2));
        UUID withTask = activity(word + " Three", tam, today.plusDays(2));
        ctas.addTask(withTask, "Call the champion", "", today.plusDays(1));

        var snoozed = mvc.perform(post("/ctas/bulk")
                        .param("action", "SNOOZE")
                        .param("ctaIds", first.toString(), second.toString())
                        .param("until", today.plusDays(10).toString())
                        .param("reason", "Quarter-end freeze")
                        .header("Referer", "http://localhost/ctas?sort=ACCOUNT")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(redirectedUrl("/ctas?sort=ACCOUNT#bulk-result"))
                .andReturn();
        BulkOutcome outcome = (BulkOutcome) snoozed.getFlashMap().get("bulkOutcome");
        assertThat(outcome.done()).isEqualTo(2);
        assertThat(ctas.detail(first).summary().snoozedUntil()).isEqualTo(today.plusDays(10));

        var closed = mvc.perform(post("/ctas/bulk")
                        .param("action", "CLOSE")
                        .param("ctaIds", first.toString(), withTask.toString())
                        .param("status", "CLOSED_NOT_A_PRIORITY")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andReturn();
        BulkOutcome closing = (BulkOutcome) closed.getFlashMap().get("bulkOutcome");
        assertThat(closing.done()).isEqualTo(1);
        assertThat(closing.refused()).singleElement().satisfies(r -> {
            assertThat(r.ctaId()).isEqualTo(withTask);
            assertThat(r.reasonCode()).isEqualTo("cta.close.openTasks");
        });
        assertThat(ctas.detail(withTask).summary().open()).isTrue();
        String page = mvc.perform(
                        get("/ctas?snoozed=true").with(SignedIn.as(tam)).flashAttrs(closed.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("#bulk-summary").text())
                .contains("1 CTA closed.")
                .contains(word + " Three: ")
                .contains("tasks are still open");

        mvc.perform(post("/ctas/bulk")
                        .param("action", "REASSIGN")
                        .param("ctaIds", second.toString())
                        .param("ownerId", manager.id().toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ctas/bulk")
                        .param("action", "REASSIGN")
                        .param("ctaIds", second.toString())
                        .param("ownerId", manager.id().toString())
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(flash().attributeExists("bulkOutcome"));
        assertThat(ctas.detail(second).summary().ownerId()).isEqualTo(manager.id());
        assertThat(ctas.detail(second).comments())
                .anySatisfy(c -> assertThat(c.body()).contains("gave it from"));

        mvc.perform(post("/ctas/bulk")
                        .param("action", "SNOOZE")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("bulkError", "cta.bulk.snooze.needs"));
    }

    @Test
    void aSavedViewKeepsTheFiltersAndTheDefaultOneOpensTheCockpit() throws Exception {
        activity(word + " Saved", tam, today.plusDays(2));

        mvc.perform(post("/ctas/views")
                        .queryParam("q", word)
                        .queryParam("sort", "DUE_DATE")
                        .param("name", "My " + word)
                        .param("makeDefault", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(redirectedUrl("/ctas?q=" + word + "&sort=DUE_DATE"));
        mvc.perform(get("/ctas").with(SignedIn.as(tam))).andExpect(redirectedUrl("/ctas?q=" + word + "&sort=DUE_DATE"));
        Document page = page("/ctas?q=" + word + "&sort=DUE_DATE", tam);
        assertThat(page.select("#saved-views .saved-view").text()).isEqualTo("My " + word);
        UUID viewId = UUID.fromString(
                page.select("#cockpit-views li[id^=view-]").attr("id").substring("view-".length()));

        // Another person neither sees nor deletes it.
        assertThat(page("/ctas", manager).select("#saved-views .saved-view")).isEmpty();
        mvc.perform(post("/ctas/views/" + viewId + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ctas/views/" + viewId + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "cta.views.deleted"));
        mvc.perform(get("/ctas").with(SignedIn.as(tam))).andExpect(status().isOk());
    }

    @Test
    void theCockpitCostsTheSameStatementsForOneCtaAndForAFullPage() throws Exception {
        activity(word + " Single", tam, today.plusDays(2));
        long one = statements("/ctas?owner=team&sort=GEMSTONE", manager);
        for (int i = 0; i < 20; i++) {
            activity(word + " Many " + i, tam, today.plusDays(i));
        }
        long many = statements("/ctas?owner=team&sort=GEMSTONE", manager);
        assertThat(many).isEqualTo(one);
    }

    private UUID activity(String accountName, UserView owner, LocalDate due) {
        return Ctas.anActivity(
                ctas, Accounts.aQuietAccount(accounts, accountName, owner.username()), owner, today, due);
    }

    private List<UUID> rows(Document page) {
        return page.select("#cockpit-table tbody tr").stream()
                .map(tr -> UUID.fromString(tr.id().substring("cta-row-".length())))
                .toList();
    }

    private Document page(String path, UserView viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(SignedIn.as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long statements(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }
}
